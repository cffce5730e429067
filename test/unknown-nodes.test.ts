/**
 * Finding F2 of issue 12, defence in depth: a document that already holds Lexical nodes of a type
 * no Accord editor registers (stored before the server checked updates, or any later gap) still
 * renders everywhere, with a visible "[unsupported content: <type>]" where the node is. The bad
 * update is written straight into SQLite through the document store while the document is not
 * loaded, as if it had been stored long ago.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentContent, VersionComparison, VersionContent, type Version } from '@accord/schema';
import { appendParagraphs, openTestClient } from '../packages/editor/src/testing/harness.js';
import { createDocument } from './helpers/accord-process.js';
import { storeUnknownNodes } from './helpers/broken-document.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { unzip } from './helpers/unzip.js';

let server: InProcessAccord;
let cast: Cast;
let documentId: string;
let clean: Version;

const inline = '[unsupported content: sticker]';
const block = '[unsupported content: mystery-block]';

const text = async (response: Response, status = 200): Promise<string> => {
  const body = await response.text();
  expect(response.status, body).toBe(status);
  return body;
};
const get = (path: string) => cast.api('member', 'GET', path);

/** Writes paragraphs through a stock client, saves a clean version, then stores the bad update directly. */
beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_UNLOAD_GRACE_MS: '50', ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
  documentId = await createDocument(server, 'Holds unknown nodes', 'demo', cast.token('coordinator'));
  const client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
  await synced(client);
  const editor = openTestClient(client.doc);
  appendParagraphs(editor.editor, 'Alpha paragraph.', 'Bravo paragraph.');
  await until(
    async () =>
      (await get(`/api/documents/${documentId}/content?format=markdown`).then((r) => r.text())).includes(
        'Bravo paragraph.',
      ),
    'the text on the server',
  );
  clean = JSON.parse(
    await text(await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Clean' }), 201),
  ) as Version;
  editor.close();
  client.destroy();
  await storeUnknownNodes(server, documentId, ' inside the sticker');
});

afterAll(async () => {
  await server?.close();
});

describe('a stored document holding nodes of an unregistered type', () => {
  it('renders its live content in JSON, Markdown and HTML, with placeholders', async () => {
    const content = DocumentContent.parse(
      JSON.parse(await text(await get(`/api/documents/${documentId}/content?format=json`))),
    );
    const texts = content.paragraphs.map((p) => p.text).filter((t) => t !== '');
    expect(texts).toEqual([`Alpha paragraph.${inline} inside the sticker`, 'Bravo paragraph.']);

    const markdown = await text(await get(`/api/documents/${documentId}/content?format=markdown`));
    expect(markdown).toContain('\\[unsupported content: sticker\\]');
    expect(markdown).toContain('\\[unsupported content: mystery-block\\]');
    expect(markdown).toContain('Bravo paragraph.');

    const html = await text(await get(`/api/documents/${documentId}/content?format=html`));
    expect(html).toContain(`${inline} inside the sticker`);
    expect(html).toContain(`${block}Hidden block text`);
  });

  it('can be saved as a version, exported in every format and compared', async () => {
    const saved = JSON.parse(
      await text(
        await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Broken' }),
        201,
      ),
    ) as Version;
    const content = VersionContent.parse(
      JSON.parse(await text(await get(`/api/documents/${documentId}/versions/${saved.id}/content?format=json`))),
    );
    expect(content.paragraphs.map((p) => p.text)).toContain(`Alpha paragraph.${inline} inside the sticker`);
    expect(
      await text(await get(`/api/documents/${documentId}/versions/${saved.id}/content?format=markdown`)),
    ).toContain('unsupported content: sticker');
    expect(await text(await get(`/api/documents/${documentId}/versions/${saved.id}/content?format=html`))).toContain(
      inline,
    );
    const docx = await get(`/api/documents/${documentId}/versions/${saved.id}/content?format=docx`);
    expect(docx.status).toBe(200);
    const files = unzip(new Uint8Array(await docx.arrayBuffer()));
    expect(new TextDecoder().decode(files.get('word/document.xml'))).toContain('unsupported content: sticker');

    const comparison = VersionComparison.parse(
      JSON.parse(await text(await get(`/api/documents/${documentId}/compare?from=${clean.id}&to=live`))),
    );
    expect(comparison.paragraphs.some((p) => p.kind === 'changed')).toBe(true);
  });

  it('answers consensus, the register of differences and the dashboard', async () => {
    await text(await get(`/api/documents/${documentId}/consensus`));
    await text(await get(`/api/documents/${documentId}/consensus/dashboard`));
    for (const format of ['json', 'markdown', 'html', 'docx'])
      await text(await get(`/api/documents/${documentId}/register?format=${format}`));
  });

  it('still syncs to a stock y-websocket client, unknown nodes included', async () => {
    const client = stockClient(server.wsUrl, documentId, { token: cast.token('observer') });
    await synced(client);
    expect(client.doc.get('root', Y.XmlText).toString()).toContain('Hidden block text');
    client.destroy();
  });
});
