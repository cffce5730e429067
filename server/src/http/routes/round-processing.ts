/**
 * Answering a consultation round (issue 7), through the Gate:
 * - `GET /api/rounds/:roundId/processing` (`round.respond`): comments by paragraph, frozen and live text, progress;
 * - `PUT /api/rounds/:roundId/comments/:commentId/disposition` (`round.respond`): the group's decision and response;
 * - `GET /api/rounds/:roundId/report?format=` (`round.respond`): the comment-response report, any time
 *   (once published, the snapshot stored then);
 * - `POST /api/rounds/:roundId/revision` (`round.manage`): saves the revised version and links the report.
 */
import { Hono, type Context } from 'hono';
import {
  DispositionBody,
  Id,
  PublishRevisionBody,
  type Action,
  type RoundProcessing as ProcessingView,
} from '@accord/schema';
import type { Identity } from '../../identity/identity.js';
import type { RoundProcessing } from '../../rounds/processing.js';
import type { RoundService } from '../../rounds/service.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';
import { reportDownload, reportFormat } from './report-download.js';

export interface RoundProcessingRouteDeps {
  gate: Gate;
  rounds: RoundService;
  processing: RoundProcessing;
  identity: Identity;
}

export function roundProcessingRoutes({ gate, rounds, processing, identity }: RoundProcessingRouteDeps): Hono<AppEnv> {
  /** The round and its document through the Gate; an unknown round is a 404 before any role is asked. */
  const gated = async (c: Context<AppEnv>, action: Action) => {
    const round = await rounds.round(param(c, 'roundId', Id, 'round'));
    return { round, ...(await gate.document(c, round.documentId, action)) };
  };
  return new Hono<AppEnv>()
    .get('/rounds/:roundId/processing', async (c) => {
      const { round } = await gated(c, 'round.respond');
      return c.json((await processing.view(round)) satisfies ProcessingView);
    })
    .put('/rounds/:roundId/comments/:commentId/disposition', async (c) => {
      const { round, auth } = await gated(c, 'round.respond');
      const body = await readJson(c, DispositionBody);
      const commentId = param(c, 'commentId', Id, 'comment');
      return c.json(await processing.decide(round, commentId, auth.person.id, body));
    })
    .get('/rounds/:roundId/report', async (c) => {
      const format = reportFormat(c);
      const { round } = await gated(c, 'round.respond');
      return reportDownload(c, round, await processing.report(round, format), format);
    })
    .post('/rounds/:roundId/revision', async (c) => {
      const { round, auth, document, resource } = await gated(c, 'round.manage');
      const body = await readJson(c, PublishRevisionBody);
      const revision = await processing.publishRevision(round, document, auth.person.id, body);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'round.revision',
        workspaceId: resource.workspaceId,
        target: round.documentId,
        detail: { roundId: round.id, versionId: revision.versionId },
      });
      return c.json({ revision }, 201);
    });
}
