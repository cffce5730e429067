/**
 * Named versions (issue 7), every route through the Gate:
 * - `POST /api/documents/:id/versions` saves the live document as a version (`version.create`);
 * - `GET /api/documents/:id/versions` and `…/versions/:versionId` list and read them (`document.read`);
 * - `GET …/versions/:versionId/content?format=json|markdown|html|docx` exports one, numbered,
 *   with brackets and statuses;
 * - `GET /api/documents/:id/compare?from=<versionId|live>&to=<versionId|live>` compares;
 * - `POST …/versions/:versionId/restore` starts a new document from a version (`version.create`);
 * - `POST …/versions/:versionId/reset` replaces the live document's content with the version's
 *   (`document.reset`), through the collaboration pipeline, so open editors see it at once.
 * Saving, restoring and resetting are audited.
 */
import { Hono, type Context } from 'hono';
import {
  CreateVersionBody,
  Id,
  VersionFormat,
  type DocumentReset,
  type VersionComparison,
  type VersionContent,
  type VersionList,
} from '@accord/schema';
import type { Identity } from '../../identity/identity.js';
import type { CompilationViews } from '../../endorsement/views.js';
import type { CompareRef, VersionService } from '../../versions/service.js';
import type { AppEnv } from '../env.js';
import { invalidFormat, param, readJson } from '../errors.js';
import { Refusal } from '../../refusal.js';
import type { Gate } from '../gate.js';
import { exportResponse } from './version-export.js';

export interface VersionRouteDeps {
  gate: Gate;
  versions: VersionService;
  identity: Identity;
  /** A compilation's citations and endorsement stamp for a version's exports and API (issue 14). */
  compilation?: Pick<CompilationViews, 'exportExtras' | 'stampOf'> | undefined;
}

/** A version id as the URL gives it; anything else names no version. */
const versionParam = (c: Context<AppEnv>): string => param(c, 'versionId', Id, 'version');

/** `from` / `to` of a comparison: `live` or a version id. */
function compareRef(c: Context<AppEnv>, name: 'from' | 'to'): CompareRef {
  const value = c.req.query(name);
  if (value === undefined || value === '')
    throw new Refusal(400, 'invalid_query', { key: 'errors.http.versionQuery', values: { name } });
  if (value !== 'live' && !Id.safeParse(value).success)
    throw new Refusal(400, 'invalid_query', { key: 'errors.http.versionQueryInvalid', values: { name } });
  return value;
}

export function versionRoutes({ gate, versions, identity, compilation }: VersionRouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/documents/:documentId/versions', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const { document, auth, resource } = await gate.document(c, id, 'version.create');
      const body = await readJson(c, CreateVersionBody);
      const version = await versions.save(document, auth.person.id, body);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'version.create',
        workspaceId: resource.workspaceId,
        target: id,
        detail: { versionId: version.id, name: version.name },
      });
      return c.json(version, 201);
    })
    .get('/documents/:documentId/versions', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      await gate.document(c, id, 'document.read');
      return c.json((await versions.list(id)) satisfies VersionList);
    })
    .get('/documents/:documentId/versions/:versionId', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      await gate.document(c, id, 'document.read');
      const versionId = versionParam(c);
      const { version } = await versions.get(id, versionId);
      const endorsement = await compilation?.stampOf(id, versionId);
      return c.json(endorsement ? { ...version, endorsement } : version);
    })
    .get('/documents/:documentId/versions/:versionId/content', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      // The format is checked first: a bad query says so even to someone without access.
      const format = VersionFormat.safeParse(c.req.query('format') ?? 'json');
      if (!format.success) throw invalidFormat(VersionFormat.options);
      await gate.document(c, id, 'document.read');
      const versionId = versionParam(c);
      const { version, blocks } = await versions.get(id, versionId);
      const content: VersionContent = { version, paragraphs: blocks };
      const extras = await compilation?.exportExtras(id, versionId);
      if (format.data === 'json')
        return c.json(extras?.endorsedAt ? { ...content, endorsement: { endorsedAt: extras.endorsedAt } } : content);
      return exportResponse(c, content, extras, format.data, `${id}-version-${version.id}`);
    })
    .get('/documents/:documentId/compare', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const from = compareRef(c, 'from');
      const to = compareRef(c, 'to');
      const { document } = await gate.document(c, id, 'document.read');
      return c.json((await versions.compare(document, from, to)) satisfies VersionComparison);
    })
    .post('/documents/:documentId/versions/:versionId/restore', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      // Starting a draft creates a document: steering, as saving a version is.
      const { document, auth, resource } = await gate.document(c, id, 'version.create');
      const versionId = versionParam(c);
      const draft = await versions.restore(document, versionId, auth.person.id);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'document.create',
        workspaceId: resource.workspaceId,
        target: draft.documentId,
        detail: { title: draft.title, fromDocument: id, fromVersion: versionId },
      });
      return c.json(draft, 201);
    })
    .post('/documents/:documentId/versions/:versionId/reset', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const { document, auth, resource } = await gate.document(c, id, 'document.reset');
      const versionId = versionParam(c);
      const reset = await versions.reset(document, versionId, auth.person.id);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'document.reset',
        workspaceId: resource.workspaceId,
        target: id,
        detail: {
          versionId: reset.version.versionId,
          name: reset.version.name,
          kept: reset.kept,
          written: reset.written,
          removed: reset.removed,
          rebuilt: reset.rebuilt,
        },
      });
      return c.json(reset satisfies DocumentReset);
    });
}
