/**
 * Attribution (issue 13), through the Gate like every route:
 * - `GET /api/documents/:documentId/paragraphs/:blockId/changes` — who changed the paragraph's
 *   text, when, from what to what, word by word; oldest first (`document.read`);
 * - `POST /api/documents/:documentId/visits` — records that the caller opens the document now
 *   and answers which paragraphs others changed since their previous visit (`document.read`).
 */
import { Hono } from 'hono';
import { BlockId, Id, type DocumentVisit, type ParagraphChanges } from '@accord/schema';
import type { HistoryService } from '../../history/service.js';
import type { AppEnv } from '../env.js';
import { param } from '../errors.js';
import type { Gate } from '../gate.js';

export function historyRoutes({ gate, history }: { gate: Gate; history: HistoryService }): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/documents/:documentId/paragraphs/:blockId/changes', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      const blockId = param(c, 'blockId', BlockId, 'paragraph');
      await gate.document(c, documentId, 'document.read');
      return c.json((await history.paragraphChanges(documentId, blockId)) satisfies ParagraphChanges);
    })
    .post('/documents/:documentId/visits', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      const { auth } = await gate.document(c, documentId, 'document.read');
      return c.json((await history.visit(documentId, auth.person.id)) satisfies DocumentVisit);
    });
}
