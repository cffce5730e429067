/**
 * Consultation rounds, the public side (issue 7): no workspace role, no session. A participant
 * is known by the token registration returns, also set as an HttpOnly, SameSite=Strict cookie
 * scoped to the round (the CSRF middleware already refuses foreign Origins on writes); clients
 * without cookies send it in `X-Participant-Token` — not `Authorization`, which is for members.
 * - `GET /api/public/rounds/:roundId`: the round, its state and the frozen, numbered paragraphs;
 *   `?language=` reads them in a language the round offers (issue 15), numbered as its own version;
 * - `POST …/participants`: registers (only while open) and mails a confirmation link; the same
 *   answer whether or not the email registered before (a new, unconfirmed session);
 * - `POST …/confirmations`: the code from the mailed link; confirms the email, releases what the
 *   registering browser did, and signs in the browser that opened it;
 * - `POST …/comments`, `POST …/reactions`: only while open, by the server clock;
 * - `GET …/comments`: published comments only — never pending or hidden ones;
 * - `GET …/participant`: who the token belongs to, with their own reactions (401 when nobody);
 * - `GET …/outcome`: once the revised version is out, every comment's answer, which are the
 *   participant's own (by their session), and the consulted text against the revised version;
 * - `GET …/report?format=`: the comment-response report as stored when the revised version was published.
 */
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import {
  ConfirmParticipantBody,
  Id,
  Locale,
  PublicCommentBody,
  ReactionBody,
  RegisterParticipantBody,
  type ConfirmedParticipant,
  type PostedComment,
  type PublicCommentList,
  type PublicParticipant,
  type PublicRoundOutcome,
  type PublicRoundPage,
  type RegisteredParticipant,
} from '@accord/schema';
import type { RoundProcessing } from '../../rounds/processing.js';
import type { RoundService } from '../../rounds/service.js';
import type { RoundLanguages } from '../../languages/rounds.js';
import type { ParticipantSession } from '../../rounds/store.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import { msg, Refusal } from '../../refusal.js';
import { reportDownload, reportFormat } from './report-download.js';

export interface PublicRoundRouteDeps {
  rounds: RoundService;
  processing: RoundProcessing;
  secureCookies: boolean;
  /** The languages a round offers its text in (issue 15); without it, its own only. */
  languages?: RoundLanguages | undefined;
}

const COOKIE = 'accord_participant';

const token = (c: Context<AppEnv>): string | undefined => c.req.header('x-participant-token') ?? getCookie(c, COOKIE);

/** A session as its holder sees it: until confirmed, only what that browser typed — never the stored participant's details. */
async function publicParticipant(rounds: RoundService, session: ParticipantSession): Promise<PublicParticipant> {
  const { participant } = session;
  const reactions = await rounds.reactionsOf(session);
  return session.confirmed
    ? {
        participantId: participant.id,
        name: participant.name,
        showOnly: participant.showOnly,
        reactions,
        confirmed: true,
      }
    : {
        participantId: session.id,
        name: session.name,
        showOnly: session.showOnly,
        reactions,
        confirmed: false,
      };
}

export function publicRoundRoutes({
  rounds,
  processing,
  secureCookies,
  languages,
}: PublicRoundRouteDeps): Hono<AppEnv> {
  const cookie = (c: Context<AppEnv>, roundId: string, value: string) =>
    setCookie(c, COOKIE, value, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: secureCookies,
      path: `/api/public/rounds/${roundId}`,
    });
  return new Hono<AppEnv>()
    .get('/public/rounds/:roundId', async (c) => {
      const round = await rounds.round(param(c, 'roundId', Id, 'round'));
      const asked = c.req.query('language');
      const language = asked === undefined ? undefined : Locale.safeParse(asked);
      if (language && !language.success)
        throw new Refusal(
          400,
          'invalid_language',
          msg('languages.refusal.invalidLanguage', { languages: Locale.options }),
        );
      const text = languages ? await languages.text(round, language?.data) : undefined;
      const { version, blocks: paragraphs } = text
        ? { version: text.stored.version, blocks: text.paragraphs }
        : await rounds.version(round);
      // Only what the public page needs: never who created the round or the workspace.
      return c.json({
        round,
        version: { title: version.title, name: version.name, createdAt: version.createdAt },
        paragraphs,
        reactions: await rounds.reactions(round.id),
        serverTime: rounds.now().toISOString(),
        revision: await processing.revision(round.id),
        ...(text && languages ? { language: text.language, languages: await languages.list(round) } : {}),
      } satisfies PublicRoundPage);
    })
    .post('/public/rounds/:roundId/participants', async (c) => {
      const roundId = param(c, 'roundId', Id, 'round');
      const body = await readJson(c, RegisterParticipantBody);
      const { session, token: issued } = await rounds.register(roundId, body, c.get('ip'), c.get('locale'));
      cookie(c, roundId, issued);
      return c.json({ participantId: session.id, token: issued } satisfies RegisteredParticipant, 201);
    })
    .post('/public/rounds/:roundId/confirmations', async (c) => {
      const roundId = param(c, 'roundId', Id, 'round');
      const body = await readJson(c, ConfirmParticipantBody);
      const { session, token: issued } = await rounds.confirm(roundId, body.code, token(c));
      cookie(c, roundId, issued);
      return c.json({
        token: issued,
        participant: await publicParticipant(rounds, session),
      } satisfies ConfirmedParticipant);
    })
    .post('/public/rounds/:roundId/comments', async (c) => {
      const roundId = param(c, 'roundId', Id, 'round');
      const body = await readJson(c, PublicCommentBody);
      const comment = await rounds.comment(roundId, token(c), body.anchor, body.text, c.get('ip'), body.language);
      // The author learns whether it is visible yet; the moderation fields stay with coordinators.
      return c.json({ id: comment.id, status: comment.status } satisfies PostedComment, 201);
    })
    .post('/public/rounds/:roundId/reactions', async (c) => {
      const roundId = param(c, 'roundId', Id, 'round');
      const body = await readJson(c, ReactionBody);
      await rounds.react(roundId, token(c), body.blockId, body.reaction, c.get('ip'));
      return c.body(null, 204);
    })
    .get('/public/rounds/:roundId/participant', async (c) => {
      const roundId = param(c, 'roundId', Id, 'round');
      const session = await rounds.participant((await rounds.round(roundId)).id, token(c));
      return c.json((await publicParticipant(rounds, session)) satisfies PublicParticipant);
    })
    .get('/public/rounds/:roundId/report', async (c) => {
      const format = reportFormat(c);
      const round = await rounds.round(param(c, 'roundId', Id, 'round'));
      // The group's answers are its own until it publishes the revised version with them.
      if (!(await processing.revision(round.id)))
        throw new Refusal(404, 'not_published', { key: 'errors.round.reportNotOut' });
      return reportDownload(c, round, await processing.report(round, format), format);
    })
    .get('/public/rounds/:roundId/outcome', async (c) => {
      const round = await rounds.round(param(c, 'roundId', Id, 'round'));
      // Whose comments are whose comes from the session alone, never from anything the request names.
      return c.json(
        (await processing.outcome(round, await rounds.sessionOf(round.id, token(c)))) satisfies PublicRoundOutcome,
      );
    })
    .get('/public/rounds/:roundId/comments', async (c) => {
      const roundId = param(c, 'roundId', Id, 'round');
      return c.json({ comments: await rounds.published(roundId) } satisfies PublicCommentList);
    });
}
