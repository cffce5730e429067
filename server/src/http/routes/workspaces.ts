/** Workspaces and their documents: list, read, create — each through the gate. */
import { Hono } from 'hono';
import { CreateDocumentBody, Id, type DocumentList, type DocumentWithAccess, type WorkspaceList, type WorkspaceWithAccess } from '@accord/schema';
import type { SqliteIdentityStore } from '../../identity/identity-store.js';
import type { RecordStore } from '../../storage/types.js';
import { newDocumentId } from '../../storage/ids.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export function workspaceRoutes(deps: { records: RecordStore; identity: SqliteIdentityStore; gate: Gate }): Hono<AppEnv> {
  const { records, identity, gate } = deps;
  return new Hono<AppEnv>()
    .get('/workspaces', async (c) => {
      const auth = gate.signedIn(c);
      // Only workspaces the caller belongs to: the list must not reveal the others.
      const body: WorkspaceList = { workspaces: (await records.listWorkspaces()).filter((w) => auth.principal.roles.has(w.id)) };
      return c.json(body);
    })
    .get('/workspaces/:workspaceId', async (c) => {
      const { workspace, auth, resource } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'workspace.read');
      const body: WorkspaceWithAccess = { ...workspace, access: gate.access(auth, resource) };
      return c.json(body);
    })
    .get('/workspaces/:workspaceId/documents', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'workspace.read');
      const documents = [];
      for (const document of await records.listDocuments(workspace.id)) {
        if (gate.canRead(auth.principal, document, await identity.getDocumentAudience(document.id))) documents.push(document);
      }
      const body: DocumentList = { documents };
      return c.json(body);
    })
    .post('/workspaces/:workspaceId/documents', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'document.create');
      const input = await readJson(c, CreateDocumentBody);
      const document = await records.createDocument({ id: newDocumentId(), workspaceId: workspace.id, ...input });
      await identity.appendAudit({ actorPersonId: auth.person.id, action: 'document.create', workspaceId: workspace.id, target: document.id, detail: { title: document.title } });
      return c.json(document, 201, { location: `/api/documents/${document.id}` });
    })
    .get('/documents/:documentId', async (c) => {
      const { document, resource, auth } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'document.read');
      const body: DocumentWithAccess = { ...document, access: gate.access(auth, resource) };
      return c.json(body);
    });
}
