/** Workspaces and their documents: list, read, create. */
import { Hono } from 'hono';
import { CreateDocumentBody, Id, type DocumentList, type WorkspaceList } from '@accord/schema';
import type { RecordStore } from '../../storage/types.js';
import { newDocumentId } from '../../storage/ids.js';
import { HttpError, param, readJson } from '../errors.js';

export function workspaceRoutes(records: RecordStore): Hono {
  const requireWorkspace = async (id: string) => {
    const workspace = await records.getWorkspace(id);
    if (!workspace) throw new HttpError(404, 'not_found', `no workspace ${JSON.stringify(id)}`);
    return workspace;
  };

  return new Hono()
    .get('/workspaces', async (c) => {
      const body: WorkspaceList = { workspaces: await records.listWorkspaces() };
      return c.json(body);
    })
    .get('/workspaces/:workspaceId', async (c) => c.json(await requireWorkspace(param(c, 'workspaceId', Id, 'workspace'))))
    .get('/workspaces/:workspaceId/documents', async (c) => {
      const workspace = await requireWorkspace(param(c, 'workspaceId', Id, 'workspace'));
      const body: DocumentList = { documents: await records.listDocuments(workspace.id) };
      return c.json(body);
    })
    .post('/workspaces/:workspaceId/documents', async (c) => {
      const workspace = await requireWorkspace(param(c, 'workspaceId', Id, 'workspace'));
      const input = await readJson(c, CreateDocumentBody);
      const document = await records.createDocument({ id: newDocumentId(), workspaceId: workspace.id, ...input });
      return c.json(document, 201, { location: `/api/documents/${document.id}` });
    })
    .get('/documents/:documentId', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const document = await records.getDocument(id);
      if (!document) throw new HttpError(404, 'not_found', `no document ${JSON.stringify(id)}`);
      return c.json(document);
    });
}
