/**
 * The content endpoint renders the live document on the server: what a client wrote through
 * Lexical and Yjs comes back numbered, with stable block ids, as JSON, Markdown and HTML.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { openHeadlessCollabEditor, registerParagraphIds, type HeadlessCollabEditor } from '@accord/editor';
import { DocumentContent } from '@accord/schema';
import { createDocument, removeDir, startAccord, type AccordProcess } from './helpers/accord-process.js';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';

let accord: AccordProcess;
/** The demo member, who may read and edit every demo document. */
let token: string;
const open: { client: StockClient; editor: HeadlessCollabEditor }[] = [];

beforeAll(async () => {
  accord = await startAccord();
  token = await tokenFor(accord.url, demo.member);
});
afterEach(() =>
  open.splice(0).forEach(({ client, editor }) => {
    editor.close();
    client.destroy();
  }),
);
afterAll(async () => {
  await accord.stop();
  removeDir(accord.dataDir);
});

async function content(documentId: string): Promise<DocumentContent> {
  const response = await fetch(`${accord.url}/api/documents/${documentId}/content?format=json`, {
    headers: bearer(token),
  });
  expect(response.status).toBe(200);
  return DocumentContent.parse(await response.json());
}

/** A Lexical editor in Node, bound through @lexical/yjs to a stock y-websocket provider: a client as the browser is one. */
async function lexicalClient(documentId: string) {
  const client = stockClient(accord.wsUrl, documentId, { token });
  await synced(client);
  const editor = openHeadlessCollabEditor(client.doc);
  // What the browser's composer registers: every block gets a stable id.
  const stopIds = registerParagraphIds(editor.editor);
  open.push({ client, editor: { ...editor, close: () => (stopIds(), editor.close()) } });
  return editor;
}

describe('GET /api/documents/:id/content', () => {
  it('renders what a client wrote, numbered and with ids, in all three formats', async () => {
    const documentId = await createDocument(accord, 'Content test');
    const { editor } = await lexicalClient(documentId);
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append(
            $createHeadingNode('h2').append($createTextNode('Introduction')),
            $createParagraphNode().append($createTextNode('First paragraph.')),
            $createParagraphNode().append($createTextNode('Second <script>alert(1)</script> paragraph.')),
          );
      },
      { discrete: true },
    );

    let body: DocumentContent | undefined;
    await until(async () => {
      body = await content(documentId);
      return body.paragraphs.length === 3;
    }, 'the server to have the three blocks');
    expect(body!.title).toBe('Content test');
    expect(body!.paragraphs.map((p) => [p.type, p.number, p.text])).toEqual([
      ['heading', null, 'Introduction'],
      ['paragraph', 1, 'First paragraph.'],
      ['paragraph', 2, 'Second <script>alert(1)</script> paragraph.'],
    ]);
    const ids = body!.paragraphs.map((p) => p.id);
    expect(new Set(ids).size).toBe(3);
    ids.forEach((id) => expect(id).toMatch(/^p[\w-]{6,}$/));

    const markdown = await (
      await fetch(`${accord.url}/api/documents/${documentId}/content?format=markdown`, { headers: bearer(token) })
    ).text();
    expect(markdown).toContain('## Introduction');
    expect(markdown).toContain('**1.** First paragraph.');
    expect(markdown).toContain(ids[1]!);

    const htmlResponse = await fetch(`${accord.url}/api/documents/${documentId}/content?format=html`, {
      headers: bearer(token),
    });
    expect(htmlResponse.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await htmlResponse.text();
    expect(html).toContain(`id="${ids[1]}"`);
    expect(html).toContain('data-number="2"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps ids and shifts numbers when a paragraph is inserted above', async () => {
    const documentId = await createDocument(accord);
    const { editor } = await lexicalClient(documentId);
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append(
            $createParagraphNode().append($createTextNode('Alpha')),
            $createParagraphNode().append($createTextNode('Beta')),
          );
      },
      { discrete: true },
    );
    let before: DocumentContent | undefined;
    await until(async () => (before = await content(documentId)).paragraphs.length === 2, 'two paragraphs');
    editor.update(
      () => {
        $getRoot()
          .getFirstChildOrThrow()
          .insertBefore($createParagraphNode().append($createTextNode('New first')));
      },
      { discrete: true },
    );
    let after: DocumentContent | undefined;
    await until(async () => (after = await content(documentId)).paragraphs.length === 3, 'three paragraphs');
    const byText = (c: DocumentContent, text: string) => c.paragraphs.find((p) => p.text === text)!;
    expect(byText(before!, 'Alpha').id).toMatch(/^p[\w-]{6,}$/);
    expect(byText(before!, 'Beta').id).not.toBe(byText(before!, 'Alpha').id);
    expect(byText(after!, 'Alpha').id).toBe(byText(before!, 'Alpha').id);
    expect(byText(after!, 'Beta').id).toBe(byText(before!, 'Beta').id);
    expect(after!.paragraphs.map((p) => [p.text, p.number])).toEqual([
      ['New first', 1],
      ['Alpha', 2],
      ['Beta', 3],
    ]);
  });

  it('renders a seeded demo document from storage, numbered like the source', async () => {
    const body = await content('mag-2015-03-03-summary');
    const numbered = body.paragraphs.filter((p) => p.number !== null);
    expect(numbered.length).toBe(16);
    expect(numbered.map((p) => p.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(numbered[0]!.text).toMatch(/^The fifth virtual meeting of the IGF Multistakeholder Advisory Group/);
    expect(new Set(body.paragraphs.map((p) => p.id)).size).toBe(body.paragraphs.length);
  });

  it('refuses unknown formats and documents', async () => {
    expect(
      (await fetch(`${accord.url}/api/documents/bpf-spam/content?format=pdf`, { headers: bearer(token) })).status,
    ).toBe(400);
    expect((await fetch(`${accord.url}/api/documents/nope/content`, { headers: bearer(token) })).status).toBe(404);
  });
});
