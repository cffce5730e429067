/**
 * Calls for contributions, the workspace's side (issue 14), every route through the Gate:
 * - `POST /api/documents/:id/calls` opens a call (`call.manage`); `GET` lists them (`document.read`);
 * - `GET /api/calls/:callId` one call (`document.read` on its document);
 * - `POST /api/calls/:callId/contributions` a contribution by a signed-in person
 *   (`contribution.submit`), as JSON or multipart with a file;
 * - `PUT /api/calls/:callId/contributions/:contributionId` its author's edit while the call is
 *   open — a person by session or bearer token, a public contributor by `X-Contributor-Token`;
 * - `GET /api/calls/:callId/contributions?format=json|csv&pillar=&kind=&country=` every
 *   contribution (`call.manage`), as JSON or CSV (one row per paragraph).
 */
import { Hono, type Context } from 'hono';
import { CreateCallBody, Id, type Call, type Contribution } from '@accord/schema';
import type { CallService } from '../../calls/service.js';
import type { Author, StoredContribution } from '../../calls/store.js';
import { contributionsCsv } from '../../calls/csv.js';
import type { Identity } from '../../identity/identity.js';
import type { AppEnv } from '../env.js';
import { invalidFormat, param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';
import { readContribution } from './contribution-body.js';

export interface CallRouteDeps {
  gate: Gate;
  calls: CallService;
  identity: Identity;
}

/** The header a public contributor's token travels in (not `Authorization`, which is for the workspace's people). */
export const CONTRIBUTOR_TOKEN_HEADER = 'x-contributor-token';

/** A contribution as the API answers it: without the server's record of who wrote it. */
export const contributionView = ({ author: _author, ...contribution }: StoredContribution): Contribution =>
  contribution;

export function callRoutes({ gate, calls, identity }: CallRouteDeps): Hono<AppEnv> {
  /** A call and its document, checked through the Gate; an unknown call is a 404 before any role is asked. */
  const callWith = async (c: Context<AppEnv>, action: Parameters<Gate['document']>[2]) => {
    const call = await calls.call(param(c, 'callId', Id, 'call'));
    return { call, ...(await gate.document(c, call.documentId, action, { what: 'call', id: call.id })) };
  };
  return new Hono<AppEnv>()
    .post('/documents/:documentId/calls', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const { auth, resource } = await gate.document(c, id, 'call.manage');
      const body = await readJson(c, CreateCallBody);
      const call = await calls.create(id, auth.person.id, body);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'call.open',
        workspaceId: resource.workspaceId,
        target: id,
        detail: { callId: call.id, title: call.title },
      });
      return c.json(call, 201);
    })
    .get('/documents/:documentId/calls', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      await gate.document(c, id, 'document.read');
      return c.json({ calls: await calls.list(id) } satisfies { calls: Call[] });
    })
    .get('/calls/:callId', async (c) => {
      const { call } = await callWith(c, 'document.read');
      return c.json(call);
    })
    .post('/calls/:callId/contributions', async (c) => {
      const { call, auth } = await callWith(c, 'contribution.submit');
      const fields = await readContribution(c);
      const author: Author = { kind: 'person', id: auth.person.id, name: auth.person.name, email: auth.person.email };
      // Mailed to the person: in their saved language, else this request's.
      const locale = auth.locale ?? c.get('locale');
      return c.json(contributionView(await calls.submit(call, author, fields, locale)), 201);
    })
    .put('/calls/:callId/contributions/:contributionId', async (c) => {
      const callId = param(c, 'callId', Id, 'call');
      const contributionId = param(c, 'contributionId', Id, 'contribution');
      const token = c.req.header(CONTRIBUTOR_TOKEN_HEADER);
      let author: Author;
      let call = await calls.call(callId);
      if (token !== undefined) {
        const contributor = await calls.contributor(callId, token);
        author = { kind: 'contributor', ...contributor };
      } else {
        const found = await callWith(c, 'contribution.submit');
        call = found.call;
        author = {
          kind: 'person',
          id: found.auth.person.id,
          name: found.auth.person.name,
          email: found.auth.person.email,
        };
      }
      await calls.contribution(call.id, contributionId);
      const fields = await readContribution(c);
      return c.json(contributionView(await calls.edit(call, contributionId, author, fields)));
    })
    .get('/calls/:callId/contributions', async (c) => {
      const { call } = await callWith(c, 'call.manage');
      const format = c.req.query('format') ?? 'json';
      if (format !== 'json' && format !== 'csv') throw invalidFormat(['json', 'csv']);
      const list = await calls.contributions(call.id, {
        pillar: c.req.query('pillar') || undefined,
        kind: c.req.query('kind') || undefined,
        country: c.req.query('country') || undefined,
      });
      if (format === 'json')
        return c.json({ contributions: list.map(contributionView) } satisfies { contributions: Contribution[] });
      return c.body(contributionsCsv(list), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="contributions-${call.id}.csv"`,
      });
    });
}
