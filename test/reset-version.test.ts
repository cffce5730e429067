/**
 * Resetting the live document to a saved version (issue 12, defence in depth for F2): a
 * coordinator repairs a document that holds nodes of an unregistered type (stored straight into
 * SQLite, as if long ago). The reset goes through the server's edit pipeline: a stock y-websocket
 * client that is connected sees the version's text, it is stored (it survives the document
 * unloading), block ids come back so a comment on a paragraph stays attached, and it is audited.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderYDoc } from '@accord/editor';
import { CommentThreadList, DocumentContent, DocumentReset, type Version } from '@accord/schema';
import { appendParagraphs, openTestClient } from '../packages/editor/src/testing/harness.js';
import { createDocument } from './helpers/accord-process.js';
import { storeUnknownNodes } from './helpers/broken-document.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

let server: InProcessAccord;
let cast: Cast;
let documentId: string;
let clean: Version;
/** The clean version's blocks with text: id and text. */
let saved: Array<{ id: string; text: string }>;
let threadId: string;

const json = async <T>(response: Response, status = 200): Promise<T> => {
  const body = await response.text();
  expect(response.status, body).toBe(status);
  return JSON.parse(body) as T;
};
const content = async () =>
  DocumentContent.parse(
    await json(await cast.api('member', 'GET', `/api/documents/${documentId}/content?format=json`)),
  );
const withText = (blocks: Array<{ id: string; text: string }>) =>
  blocks.filter((b) => b.text !== '').map(({ id, text }) => ({ id, text }));

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_UNLOAD_GRACE_MS: '50', ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
  documentId = await createDocument(server, 'To be repaired', 'demo', cast.token('coordinator'));
  const client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
  await synced(client);
  const editor = openTestClient(client.doc);
  appendParagraphs(editor.editor, 'Alpha paragraph.', 'Bravo paragraph.');
  await until(
    async () => (await content()).paragraphs.some((p) => p.text === 'Bravo paragraph.'),
    'the text on the server',
  );
  clean = await json<Version>(
    await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Clean' }),
    201,
  );
  saved = withText((await content()).paragraphs);
  const bravo = saved.find((b) => b.text === 'Bravo paragraph.')!;
  threadId = (
    await json<{ id: string }>(
      await cast.api('member', 'POST', `/api/documents/${documentId}/comments`, {
        anchor: { kind: 'block', blockId: bravo.id },
        body: 'On Bravo.',
      }),
      201,
    )
  ).id;

  // Later edits, then the document is broken behind the server's back.
  appendParagraphs(editor.editor, 'Charlie, added later.');
  await until(
    async () => (await content()).paragraphs.some((p) => p.text === 'Charlie, added later.'),
    'the later edit on the server',
  );
  editor.close();
  client.destroy();
  await storeUnknownNodes(server, documentId, ' stuck on');
});

afterAll(async () => {
  await server?.close();
});

describe('resetting the live document to a saved version', () => {
  it('is refused to members and for a version the document does not have', async () => {
    expect((await cast.api('member', 'POST', `/api/documents/${documentId}/versions/${clean.id}/reset`)).status).toBe(
      403,
    );
    expect(
      (await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions/no-such-version/reset`)).status,
    ).toBe(404);
  });

  it('replaces the content, unknown nodes included, and a connected stock client sees it', async () => {
    const watcher = stockClient(server.wsUrl, documentId, { token: cast.token('observer') });
    await synced(watcher);
    expect(renderYDoc(watcher.doc, 'markdown')).toContain('unsupported content: mystery-block');

    const reset = DocumentReset.parse(
      await json(await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions/${clean.id}/reset`)),
    );
    expect(reset).toMatchObject({ documentId, version: { versionId: clean.id, name: 'Clean' } });

    // Live, through the room: the observer's replica converges on the version's text, ids included.
    await until(
      () => !renderYDoc(watcher.doc, 'markdown').includes('unsupported'),
      'the reset to reach a connected client',
    );
    expect(withText(renderYDoc(watcher.doc, 'json').paragraphs)).toEqual(saved);
    expect(withText((await content()).paragraphs)).toEqual(saved);
    watcher.destroy();
  });

  it('is stored: the document reads the same after it left memory', async () => {
    await until(() => server.accord.collab.room(documentId) === undefined, 'the document to unload');
    const stored = await server.accord.documents.load(documentId);
    const state = Y.mergeUpdates([...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]);
    expect(withText(renderYDoc(state, 'json').paragraphs)).toEqual(saved);
  });

  it('keeps a comment on a paragraph attached, and is audited', async () => {
    const { threads } = CommentThreadList.parse(
      await json(await cast.api('member', 'GET', `/api/documents/${documentId}/comments`)),
    );
    const bravo = saved.find((b) => b.text === 'Bravo paragraph.')!;
    expect(threads.find((t) => t.id === threadId)).toMatchObject({
      textRemoved: false,
      location: { blockId: bravo.id },
    });

    const audit = await json<{
      entries: Array<{ action: string; target: string; actorPersonId: string; detail: Record<string, unknown> }>;
    }>(await cast.api('secretariat', 'GET', '/api/workspaces/demo/audit'));
    const entry = audit.entries.find((e) => e.action === 'document.reset');
    expect(entry).toMatchObject({
      target: documentId,
      actorPersonId: cast.id('coordinator'),
      detail: { versionId: clean.id, name: 'Clean' },
    });
  });
});
