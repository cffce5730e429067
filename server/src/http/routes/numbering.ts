/**
 * A document's numbering (issue 13, numbers that stay put), every route through the Gate:
 * - `GET /api/documents/:id/numbering` — live, or frozen with its baseline (`document.read`);
 * - `PUT /api/documents/:id/numbering` `{mode:'frozen', versionId}` freezes at a saved version,
 *   `{mode:'live'}` goes back to live numbers (`version.create`: steering, as saving a version);
 * - `POST /api/documents/:id/numbering/renumber` — the explicit renumber: the baseline becomes the
 *   live numbering, labels 1 … n (`version.create`).
 * Every change is recorded (`numbering_events`) and audited.
 */
import { Hono } from 'hono';
import { Id, SetNumberingBody, type Numbering } from '@accord/schema';
import type { Identity } from '../../identity/identity.js';
import type { NumberingService } from '../../numbering/service.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export interface NumberingRouteDeps {
  gate: Gate;
  numbering: NumberingService;
  identity: Identity;
}

export function numberingRoutes({ gate, numbering, identity }: NumberingRouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/documents/:documentId/numbering', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      await gate.document(c, id, 'document.read');
      return c.json((await numbering.get(id)) satisfies Numbering);
    })
    .put('/documents/:documentId/numbering', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const { auth, resource } = await gate.document(c, id, 'version.create');
      const body = await readJson(c, SetNumberingBody);
      const changed =
        body.mode === 'frozen'
          ? await numbering.freeze(id, body.versionId, auth.person.id)
          : await numbering.unfreeze(id, auth.person.id);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: body.mode === 'frozen' ? 'numbering.freeze' : 'numbering.unfreeze',
        workspaceId: resource.workspaceId,
        target: id,
        detail: body.mode === 'frozen' ? { versionId: body.versionId } : {},
      });
      return c.json(changed satisfies Numbering);
    })
    .post('/documents/:documentId/numbering/renumber', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const { auth, resource } = await gate.document(c, id, 'version.create');
      const changed = await numbering.renumber(id, auth.person.id);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'numbering.renumber',
        workspaceId: resource.workspaceId,
        target: id,
        detail: { paragraphs: changed.mode === 'frozen' ? changed.baseline.length : 0 },
      });
      return c.json(changed satisfies Numbering);
    });
}
