/**
 * `GET /api/documents/:documentId/compilation/export?format=markdown|html|docx` (issue 14,
 * `document.read`): the live document exported as a version would be — numbered, with brackets
 * and statuses — and, for a compilation, each paragraph's sources as footnotes (Markdown
 * `[^n]`, HTML notes, Word footnotes) and the annex of every contribution to its calls. The
 * caption says it is the live text at that moment. Saved versions export through
 * `…/versions/:versionId/content`, citing what they cited when saved.
 */
import { Hono } from 'hono';
import { Id, type VersionContent } from '@accord/schema';
import * as z from 'zod';
import type { CompilationViews } from '../../endorsement/views.js';
import type { VersionService } from '../../versions/service.js';
import type { AppEnv } from '../env.js';
import { invalidFormat, param } from '../errors.js';
import type { Gate } from '../gate.js';
import { exportResponse } from './version-export.js';

const LiveExportFormat = z.enum(['markdown', 'html', 'docx']);

export function compilationExportRoutes(deps: {
  gate: Gate;
  versions: Pick<VersionService, 'live'>;
  views: Pick<CompilationViews, 'liveExtras'>;
}): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/documents/:documentId/compilation/export', async (c) => {
    const id = param(c, 'documentId', Id, 'document');
    // The format is checked first: a bad query says so even to someone without access.
    const format = LiveExportFormat.safeParse(c.req.query('format') ?? 'markdown');
    if (!format.success) throw invalidFormat(LiveExportFormat.options);
    const { document, auth } = await deps.gate.document(c, id, 'document.read');
    const [{ blocks }, extras] = await Promise.all([deps.versions.live(id), deps.views.liveExtras(id)]);
    const content: VersionContent = {
      version: {
        id,
        documentId: id,
        name: 'Live document',
        title: document.title,
        createdAt: new Date().toISOString(),
        createdBy: {
          id: auth.person.id,
          name: auth.person.name,
          stakeholderGroup: auth.person.stakeholderGroup,
        },
      },
      paragraphs: blocks,
    };
    return exportResponse(c, content, extras, format.data, `${id}-live`);
  });
}
