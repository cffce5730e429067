/**
 * Endorsement by silence procedure (issue 14), every route through the Gate:
 * - `POST /api/documents/:id/endorsements` puts a saved version to the workspace until a
 *   deadline (`endorsement.manage`) and mails the members;
 * - `GET /api/documents/:id/endorsements`, `GET /api/endorsements/:id` (`document.read`): the
 *   procedures, their state by the server clock and their objections;
 * - `POST /api/endorsements/:id/objections` breaks silence (`endorsement.object`), before the deadline only.
 * Starting and objecting are audited; the outcome is audited once, when first seen.
 * And, with no session: `GET /api/public/versions/:versionId`, an endorsed version as JSON;
 * the same 404 for unknown and unpublished versions.
 */
import { Hono, type Context } from 'hono';
import type * as z from 'zod';
import { Id, ObjectionBody, StartSilenceBody, type SilenceProcedure, type SilenceProcedureList } from '@accord/schema';
import type { EndorsementService } from '../../endorsement/service.js';
import type { CompilationViews } from '../../endorsement/views.js';
import type { Identity } from '../../identity/identity.js';
import { notFound } from '../../refusal.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';
import type { Action } from '../../authz/policy.js';

export interface EndorsementRouteDeps {
  gate: Gate;
  endorsements: EndorsementService;
  identity: Pick<Identity, 'audit'>;
}

/** A procedure's document, checked for `action`; unknown and foreign procedures are the same 404. */
async function procedureGate(deps: EndorsementRouteDeps, c: Context<AppEnv>, action: Action) {
  deps.gate.signedIn(c);
  const id = param(c, 'procedureId', Id, 'silenceProcedure');
  const documentId = await deps.endorsements.documentOf(id);
  const found = await deps.gate.document(c, documentId, action, { what: 'silenceProcedure', id });
  return { id, ...found };
}

export function endorsementRoutes(deps: EndorsementRouteDeps): Hono<AppEnv> {
  const { gate, endorsements, identity } = deps;
  return new Hono<AppEnv>()
    .post('/documents/:documentId/endorsements', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const { document, auth, resource } = await gate.document(c, id, 'endorsement.manage');
      const body = await readJson(c, StartSilenceBody);
      const procedure = await endorsements.start(document, auth.person.id, body, c.get('locale'));
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'endorsement.start',
        workspaceId: resource.workspaceId,
        target: id,
        detail: { procedureId: procedure.id, versionId: procedure.versionId, deadline: procedure.deadline },
      });
      return c.json(procedure satisfies SilenceProcedure, 201);
    })
    .get('/documents/:documentId/endorsements', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      await gate.document(c, id, 'document.read');
      return c.json({ procedures: await endorsements.list(id) } satisfies z.infer<typeof SilenceProcedureList>);
    })
    .get('/endorsements/:procedureId', async (c) => {
      const { id } = await procedureGate(deps, c, 'document.read');
      return c.json((await endorsements.get(id)) satisfies SilenceProcedure);
    })
    .post('/endorsements/:procedureId/objections', async (c) => {
      const { id, auth, resource, document } = await procedureGate(deps, c, 'endorsement.object');
      const body = await readJson(c, ObjectionBody);
      const procedure = await endorsements.object(id, auth.person.id, body.reason);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'endorsement.object',
        workspaceId: resource.workspaceId,
        target: document.id,
        detail: { procedureId: id },
      });
      return c.json(procedure satisfies SilenceProcedure, 201);
    });
}

/** The published versions, for anyone: endorsed versions only. */
export function publicVersionRoutes(deps: { views: CompilationViews }): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/public/versions/:versionId', async (c) => {
    const versionId = param(c, 'versionId', Id, 'publishedVersion');
    const published = await deps.views.published(versionId);
    if (!published) throw notFound('publishedVersion', versionId);
    return c.json(published);
  });
}
