/**
 * `GET /api/documents/:id/content?format=json|markdown|html`: the live document rendered on the server, numbered, with block ids.
 * Numbered paragraphs carry their `label` beside the ordinal `number` ("4bis" while numbering is
 * frozen, else the ordinal); while frozen, the JSON's `deleted` lists baseline paragraphs since
 * removed, and Markdown/HTML show them as "6 [deleted]" in their place.
 */
import { Hono } from 'hono';
import { labelParagraphs, labelsByBlock, renderYDoc } from '@accord/editor';
import { ContentFormat, Id, type DocumentContent } from '@accord/schema';
import type { LiveState } from '../../content/live-state.js';
import { deletedParagraphs, type NumberingService } from '../../numbering/service.js';
import type { AppEnv } from '../env.js';
import { param } from '../errors.js';
import { Refusal } from '../../refusal.js';
import type { Gate } from '../gate.js';

export function contentRoutes(
  gate: Gate,
  state: LiveState,
  numbering?: Pick<NumberingService, 'baseline'>,
): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/documents/:documentId/content', async (c) => {
    const id = param(c, 'documentId', Id, 'document');
    // The format is checked first: a bad query says so even to someone without access.
    const format = ContentFormat.safeParse(c.req.query('format') ?? 'json');
    if (!format.success)
      throw new Refusal(400, 'invalid_format', `format must be one of ${ContentFormat.options.join(', ')}`);
    const { document } = await gate.document(c, id, 'document.read');
    const update = await state(id);
    const baseline = await numbering?.baseline(id);
    switch (format.data) {
      case 'json': {
        const { paragraphs } = renderYDoc(update, 'json');
        const entries = labelParagraphs(paragraphs, baseline);
        const labels = labelsByBlock(entries);
        const body: DocumentContent = {
          documentId: id,
          title: document.title,
          paragraphs: paragraphs.map((p) => (p.number === null ? p : { ...p, label: labels.get(p.id)! })),
          ...(baseline ? { deleted: deletedParagraphs(entries) } : {}),
        };
        return c.json(body);
      }
      case 'markdown':
        return c.body(renderYDoc(update, 'markdown', { baseline }), 200, {
          'content-type': 'text/markdown; charset=utf-8',
        });
      case 'html':
        return c.body(renderYDoc(update, 'html', { baseline }), 200, {
          'content-type': 'text/html; charset=utf-8',
          // A fragment for embedding or download; never a page that runs anything.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
          'x-content-type-options': 'nosniff',
        });
    }
  });
}
