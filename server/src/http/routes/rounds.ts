/**
 * Consultation rounds, the coordinators' side (issue 7), every route through the Gate with
 * `round.manage`:
 * - `POST /api/documents/:id/rounds` opens a round on a version (409 when one clashes);
 * - `GET /api/documents/:id/rounds` lists them with their state by the server clock (also for
 *   editors, `round.respond`, who answer the comments);
 * - `POST /api/rounds/:roundId/close` closes one now;
 * - `GET /api/rounds/:roundId/moderation` lists every comment with its moderation state;
 * - `POST /api/rounds/:roundId/comments/:commentId/{flag,hide,restore}` moderates;
 * - `POST /api/rounds/:roundId/languages` (`translation.manage`) offers a language version's saved
 *   version beside the round's own (issue 15; also `languages` when opening), `GET` lists them.
 */
import { Hono } from 'hono';
import {
  CreateRoundBody,
  FlagCommentBody,
  HideCommentBody,
  Id,
  OfferRoundLanguageBody,
  RestoreCommentBody,
  type RoundLanguageList,
  type RoundList,
} from '@accord/schema';
import type { RoundLanguages } from '../../languages/rounds.js';
import { msg, Refusal } from '../../refusal.js';
import type { Identity } from '../../identity/identity.js';
import type { RoundService } from '../../rounds/service.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export interface RoundRouteDeps {
  gate: Gate;
  rounds: RoundService;
  identity: Identity;
  /** Language versions offered in a round (issue 15). */
  languages?: RoundLanguages | undefined;
}

export function roundRoutes({ gate, rounds, identity, languages }: RoundRouteDeps): Hono<AppEnv> {
  /** The round's document, checked through the Gate; an unknown round is a 404 before any role is asked. */
  const manage = async (c: Parameters<Gate['signedIn']>[0], roundId: string) => {
    const round = await rounds.round(roundId);
    return { round, ...(await gate.document(c, round.documentId, 'round.manage')) };
  };
  return new Hono<AppEnv>()
    .post('/documents/:documentId/rounds', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const { auth, resource } = await gate.document(c, id, 'round.manage');
      const body = await readJson(c, CreateRoundBody);
      const offers = body.languages ?? [];
      if (offers.length > 0) {
        // Every language is checked before the round is opened, so a refusal leaves no round behind.
        if (!languages) throw new Refusal(400, 'invalid_body', msg('languages.refusal.ownLanguageOnly'));
        await gate.check(c, 'translation.manage', resource, { what: 'document', id });
        if (new Set(offers.map((o) => o.language)).size < offers.length)
          throw new Refusal(400, 'invalid_body', msg('languages.refusal.offeredTwice'));
        for (const offer of offers) await languages.check({ documentId: id, state: 'scheduled' }, offer);
      }
      const round = await rounds.create(id, auth.person.id, body);
      for (const offer of offers) await languages!.offer(round, offer, auth.person.id);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'round.open',
        workspaceId: resource.workspaceId,
        target: id,
        detail: { roundId: round.id, title: round.title, ...(offers.length ? { languages: offers } : {}) },
      });
      return c.json(round, 201);
    })
    .get('/documents/:documentId/rounds', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      await gate.document(c, id, 'round.respond');
      return c.json({ rounds: await rounds.list(id) } satisfies RoundList);
    })
    .post('/rounds/:roundId/close', async (c) => {
      const { round, auth, resource } = await manage(c, param(c, 'roundId', Id, 'round'));
      const closed = await rounds.close(round.id, auth.person.id);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'round.close',
        workspaceId: resource.workspaceId,
        target: round.documentId,
        detail: { roundId: round.id },
      });
      return c.json(closed);
    })
    .post('/rounds/:roundId/languages', async (c) => {
      const round = await rounds.round(param(c, 'roundId', Id, 'round'));
      const { auth, resource } = await gate.document(c, round.documentId, 'translation.manage');
      const body = await readJson(c, OfferRoundLanguageBody);
      if (!languages) throw new Refusal(404, 'not_found', msg('languages.refusal.ownLanguageOnly'));
      const offered = await languages.offer(round, body, auth.person.id);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'round.language',
        workspaceId: resource.workspaceId,
        target: round.documentId,
        detail: { roundId: round.id, language: body.language, versionId: body.versionId },
      });
      return c.json({ languages: offered } satisfies RoundLanguageList, 201);
    })
    .get('/rounds/:roundId/languages', async (c) => {
      const round = await rounds.round(param(c, 'roundId', Id, 'round'));
      await gate.document(c, round.documentId, 'document.read');
      return c.json({ languages: languages ? await languages.list(round) : [] } satisfies RoundLanguageList);
    })
    .get('/rounds/:roundId/moderation', async (c) => {
      const { round } = await manage(c, param(c, 'roundId', Id, 'round'));
      return c.json({ comments: await rounds.moderated(round.id) });
    })
    .post('/rounds/:roundId/comments/:commentId/flag', async (c) => {
      const { round, auth } = await manage(c, param(c, 'roundId', Id, 'round'));
      const body = await readJson(c, FlagCommentBody);
      return c.json(
        await rounds.moderate(round.id, param(c, 'commentId', Id, 'comment'), auth.person.id, {
          kind: 'flag',
          note: body.note,
        }),
      );
    })
    .post('/rounds/:roundId/comments/:commentId/hide', async (c) => {
      const { round, auth } = await manage(c, param(c, 'roundId', Id, 'round'));
      const body = await readJson(c, HideCommentBody);
      return c.json(
        await rounds.moderate(round.id, param(c, 'commentId', Id, 'comment'), auth.person.id, {
          kind: 'hide',
          reason: body.reason,
        }),
      );
    })
    .post('/rounds/:roundId/comments/:commentId/restore', async (c) => {
      const { round, auth } = await manage(c, param(c, 'roundId', Id, 'round'));
      const body = await readJson(c, RestoreCommentBody);
      return c.json(
        await rounds.moderate(round.id, param(c, 'commentId', Id, 'comment'), auth.person.id, {
          kind: 'restore',
          note: body.note,
        }),
      );
    });
}
