/** Workspaces and their documents: list, read, create — each through the gate. */
import { Hono } from 'hono';
import {
  CreateDocumentBody,
  Id,
  SetAudienceBody,
  type DocumentAudience,
  type DocumentList,
  type DocumentWithAccess,
  type WorkspaceList,
  type WorkspaceWithAccess,
} from '@accord/schema';
import type { Identity } from '../../identity/identity.js';
import type { RecordStore } from '../../storage/types.js';
import { newId } from '../../storage/ids.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import { Refusal, fieldIssue } from '../../refusal.js';
import type { Gate } from '../gate.js';

export function workspaceRoutes(deps: { records: RecordStore; identity: Identity; gate: Gate }): Hono<AppEnv> {
  const { records, identity, gate } = deps;
  const audienceOf = async (documentId: string): Promise<DocumentAudience> => {
    const people = [];
    for (const id of await identity.audiences.getDocumentAudience(documentId)) {
      const person = await identity.people.getPerson(id);
      if (person) people.push({ id: person.id, name: person.name });
    }
    return { documentId, people };
  };
  return new Hono<AppEnv>()
    .get('/workspaces', async (c) => {
      const auth = gate.signedIn(c);
      // Only workspaces the caller belongs to: the list must not reveal the others.
      const body: WorkspaceList = {
        workspaces: (await records.listWorkspaces()).filter((w) => auth.principal.roles.has(w.id)),
      };
      return c.json(body);
    })
    .get('/workspaces/:workspaceId', async (c) => {
      const { workspace, auth, resource } = await gate.workspace(
        c,
        param(c, 'workspaceId', Id, 'workspace'),
        'workspace.read',
      );
      const body: WorkspaceWithAccess = { ...workspace, access: gate.access(auth, resource) };
      return c.json(body);
    })
    .get('/workspaces/:workspaceId/documents', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'workspace.read');
      const documents = [];
      for (const document of await records.listDocuments(workspace.id)) {
        if (gate.canRead(auth.principal, document, await identity.audiences.getDocumentAudience(document.id)))
          documents.push(document);
      }
      const body: DocumentList = { documents };
      return c.json(body);
    })
    .post('/workspaces/:workspaceId/documents', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'document.create');
      const input = await readJson(c, CreateDocumentBody);
      const document = await records.createDocument({ id: newId(), workspaceId: workspace.id, ...input });
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'document.create',
        workspaceId: workspace.id,
        target: document.id,
        detail: { title: document.title },
      });
      return c.json(document, 201, { location: `/api/documents/${document.id}` });
    })
    .get('/documents/:documentId/audience', async (c) => {
      const { document } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'document.read');
      return c.json(await audienceOf(document.id));
    })
    .put('/documents/:documentId/audience', async (c) => {
      const { document, auth } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'document.audience');
      const { people } = await readJson(c, SetAudienceBody);
      const unique = [...new Set(people)];
      const members = new Set(
        (await identity.audiences.listWorkspacePeople(document.workspaceId)).map((m) => m.person.id),
      );
      const strangers = unique.flatMap((id, i) =>
        members.has(id) ? [] : [fieldIssue(`people.${i}`, { key: 'errors.field.noRole', values: { id } })],
      );
      if (strangers.length)
        throw new Refusal(
          400,
          'invalid_body',
          { key: 'errors.identity.audienceOutsiders', values: { issues: { sentences: strangers.map((s) => s.ref!) } } },
          { details: strangers },
        );
      // Audited in the store's transaction, so open connections of people left out close within a second.
      await identity.audiences.setDocumentAudience(document.id, unique, {
        actorPersonId: auth.person.id,
        workspaceId: document.workspaceId,
        via: 'api',
      });
      return c.json(await audienceOf(document.id));
    })
    .get('/documents/:documentId', async (c) => {
      const { document, resource, auth } = await gate.document(
        c,
        param(c, 'documentId', Id, 'document'),
        'document.read',
      );
      const body: DocumentWithAccess = { ...document, access: gate.access(auth, resource) };
      return c.json(body);
    });
}
