/**
 * Breaks a stored document behind the server's back, as a document written before updates were
 * checked may be: once it is unloaded, appends an inline node and a block of unregistered types
 * straight to its stored log, bypassing the WebSocket and the update check.
 */
import * as Y from 'yjs';
import { appendUnknownBlock, appendUnknownInline } from '../../packages/editor/src/testing/unknown-nodes.js';
import { until } from './clients.js';
import type { InProcessAccord } from './in-process.js';

/** Waits for `documentId` to unload, then stores a `sticker` inline (with `inlineText`) in the block holding "Alpha" and a `mystery-block`. */
export async function storeUnknownNodes(
  server: InProcessAccord,
  documentId: string,
  inlineText: string,
): Promise<void> {
  await until(() => server.accord.collab.room(documentId) === undefined, 'the document to unload');
  const store = server.accord.documents;
  const stored = await store.load(documentId);
  const doc = new Y.Doc();
  for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(doc, update);
  // Which top-level block holds "Alpha" (a new document may start with an empty paragraph).
  const blocks = doc.get('root', Y.XmlText).toDelta() as Array<{ insert: Y.XmlText }>;
  const alpha = blocks.findIndex((op) => op.insert.toString().includes('Alpha'));
  await store.append(documentId, [
    appendUnknownInline(doc, alpha, 'sticker', inlineText),
    appendUnknownBlock(doc, 'mystery-block', 'Hidden block text'),
  ]);
}
