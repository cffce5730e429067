/**
 * Calls for contributions, the public side (issue 14): no workspace role, no session. A public
 * contributor is known by the token confirmation gives, sent in `X-Contributor-Token`.
 * - `GET /api/public/calls/:callId`: the call for its public page (an invited call too, so
 *   invitees can read it), with the server time;
 * - `POST …/contributors` {name, email}: mails a code while the call is open (a public call, or
 *   an invited one naming organisations: then the contribution must be on behalf of one of
 *   them); the same answer for a new and a known email;
 * - `POST …/contributors/confirm` {email, code}: answers `{token}`, for this call only;
 * - `POST …/contributions`: a confirmed contributor's contribution (JSON or multipart with a file);
 * - `GET …/contributions/:contributionId`, `PUT` the same: the contributor's own contribution,
 *   to see it and change it until the call closes.
 */
import { Hono, type Context } from 'hono';
import { ContributorConfirmBody, ContributorStartBody, Id, type PublicCall } from '@accord/schema';
import type { CallService } from '../../calls/service.js';
import type { Author } from '../../calls/store.js';
import { Refusal } from '../../refusal.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import { CONTRIBUTOR_TOKEN_HEADER, contributionView } from './calls.js';
import { readContribution } from './contribution-body.js';

export function publicCallRoutes({ calls }: { calls: CallService }): Hono<AppEnv> {
  /** The call and its confirmed contributor, checked before any body is read (an invited call's organisations at submission). */
  const contributor = async (c: Context<AppEnv>) => {
    const call = await calls.call(param(c, 'callId', Id, 'call'));
    const found = await calls.contributor(call.id, c.req.header(CONTRIBUTOR_TOKEN_HEADER));
    const author: Author = { kind: 'contributor', id: found.id, name: found.name, email: found.email };
    return { call, author };
  };
  return new Hono<AppEnv>()
    .get('/public/calls/:callId', async (c) => {
      const call = await calls.call(param(c, 'callId', Id, 'call'));
      return c.json({ call, serverTime: calls.now().toISOString() } satisfies PublicCall);
    })
    .post('/public/calls/:callId/contributors', async (c) => {
      const callId = param(c, 'callId', Id, 'call');
      const body = await readJson(c, ContributorStartBody);
      await calls.start(callId, body.name, body.email, c.get('ip'), c.get('locale'));
      return c.json({ sent: true }, 202);
    })
    .post('/public/calls/:callId/contributors/confirm', async (c) => {
      const callId = param(c, 'callId', Id, 'call');
      const body = await readJson(c, ContributorConfirmBody);
      return c.json({ token: await calls.confirm(callId, body.email, body.code) });
    })
    .post('/public/calls/:callId/contributions', async (c) => {
      const { call, author } = await contributor(c);
      const fields = await readContribution(c);
      return c.json(contributionView(await calls.submit(call, author, fields, c.get('locale'))), 201);
    })
    .get('/public/calls/:callId/contributions/:contributionId', async (c) => {
      const { call, author } = await contributor(c);
      const found = await calls.contribution(call.id, param(c, 'contributionId', Id, 'contribution'));
      // Someone else's contribution is answered as missing: its id tells nothing.
      if (found.author.kind !== 'contributor' || found.author.id !== author.id)
        throw new Refusal(404, 'not_found', { key: 'errors.call.notYours' });
      return c.json(contributionView(found));
    })
    .put('/public/calls/:callId/contributions/:contributionId', async (c) => {
      const { call, author } = await contributor(c);
      const contributionId = param(c, 'contributionId', Id, 'contribution');
      await calls.contribution(call.id, contributionId);
      const fields = await readContribution(c);
      return c.json(contributionView(await calls.edit(call, contributionId, author, fields)));
    });
}
