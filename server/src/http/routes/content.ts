/** `GET /api/documents/:id/content?format=json|markdown|html`: the live document rendered on the server, numbered, with block ids. */
import { Hono } from 'hono';
import { renderYDoc } from '@accord/editor';
import { ContentFormat, Id, type DocumentContent } from '@accord/schema';
import type { LiveState } from '../../content/live-state.js';
import type { RecordStore } from '../../storage/types.js';
import { HttpError, param } from '../errors.js';

export function contentRoutes(records: RecordStore, state: LiveState): Hono {
  return new Hono().get('/documents/:documentId/content', async (c) => {
    const id = param(c, 'documentId', Id, 'document');
    const format = ContentFormat.safeParse(c.req.query('format') ?? 'json');
    if (!format.success) throw new HttpError(400, 'invalid_format', `format must be one of ${ContentFormat.options.join(', ')}`);
    const document = await records.getDocument(id);
    if (!document) throw new HttpError(404, 'not_found', `no document ${JSON.stringify(id)}`);
    const update = await state(id);
    switch (format.data) {
      case 'json': {
        const body: DocumentContent = { documentId: id, title: document.title, ...renderYDoc(update, 'json') };
        return c.json(body);
      }
      case 'markdown':
        return c.body(renderYDoc(update, 'markdown'), 200, { 'content-type': 'text/markdown; charset=utf-8' });
      case 'html':
        return c.body(renderYDoc(update, 'html'), 200, {
          'content-type': 'text/html; charset=utf-8',
          // A fragment for embedding or download; never a page that runs anything.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
          'x-content-type-options': 'nosniff',
        });
    }
  });
}
