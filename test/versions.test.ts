/**
 * Named versions end to end (issue 7): a member edits through the server with a Lexical editor
 * on a stock y-websocket client, a coordinator saves versions. A version never changes while the
 * live document does; two versions compare as a hand-written expectation (moved, split, changed
 * word by word, removed, added); a new draft starts from an old version and the original keeps
 * its history; the DOCX export opens with the numbered paragraphs.
 */
import * as Y from 'yjs';
import { $getRoot, $isTextNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderYDoc } from '@accord/editor';
import { DocumentContent, VersionComparison, VersionContent, VersionList, type Version } from '@accord/schema';
import {
  appendParagraphs,
  $blockAt,
  openTestClient,
  pressEnter,
  type TestClient,
} from '../packages/editor/src/testing/harness.js';
import { createDocument } from './helpers/accord-process.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { unzip } from './helpers/unzip.js';

let server: InProcessAccord;
let cast: Cast;
let documentId: string;
let client: StockClient;
let editor: TestClient;
let first: Version;
let second: Version;
/** Block ids of the first version's paragraphs, by their first word. */
const ids = new Map<string, string>();

const json = async <T>(response: Response, status = 200): Promise<T> => {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
};
const live = async (id = documentId) =>
  DocumentContent.parse(await json(await cast.api('member', 'GET', `/api/documents/${id}/content?format=json`)));
const liveTexts = async (id = documentId) => (await live(id)).paragraphs.map((p) => p.text);
const save = async (name: string, note?: string) =>
  json<Version>(
    await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name, ...(note ? { note } : {}) }),
    201,
  );
const versionContent = async (versionId: string, id = documentId) =>
  VersionContent.parse(
    await json(await cast.api('observer', 'GET', `/api/documents/${id}/versions/${versionId}/content?format=json`)),
  );
const storedState = async (versionId: string): Promise<Buffer> =>
  (await server.accord.sql.get<{ state: Buffer }>('SELECT state FROM versions WHERE id = ?', [versionId]))!.state;

/** Runs an edit in the member's editor and waits until the server's live text shows `expected`. */
async function edit(change: () => void, expected: string[]): Promise<void> {
  editor.editor.update(change, { discrete: true });
  await until(
    async () => JSON.stringify(await liveTexts()) === JSON.stringify(expected),
    `the live text to become ${JSON.stringify(expected)}`,
  );
}

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
  documentId = await createDocument(server, 'Versions test', 'demo', cast.token('coordinator'));
  client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
  await synced(client);
  editor = openTestClient(client.doc);
  appendParagraphs(editor.editor, 'Alpha one.', 'Bravo two. Bravo three.', 'Charlie.', 'Delta.', 'Echo.');
  const original = ['Alpha one.', 'Bravo two. Bravo three.', 'Charlie.', 'Delta.', 'Echo.'];
  await until(
    async () => JSON.stringify((await liveTexts()).filter((t) => t !== '')) === JSON.stringify(original),
    'the first text on the server',
  );
  // A fresh document may start with an empty paragraph: remove it so numbers are 1–5.
  if ((await liveTexts()).length !== original.length)
    await edit(
      () =>
        $getRoot()
          .getChildren()
          .filter((n) => n.getTextContent() === '')
          .forEach((n) => n.remove()),
      original,
    );
  for (const p of (await live()).paragraphs) ids.set(p.text.split(/[ .]/)[0]!, p.id);
  first = await save('Draft for public consultation', 'Sent to the list on Monday.');
});
afterAll(async () => {
  editor?.close();
  client?.destroy();
  await server?.close();
});

describe('a named version', () => {
  it('is listed, numbered and read-only: the live document changes, the version does not', async () => {
    const before = await storedState(first.id);
    const contentBefore = await versionContent(first.id);
    expect(contentBefore.version).toMatchObject({
      name: 'Draft for public consultation',
      note: 'Sent to the list on Monday.',
      title: 'Versions test',
      createdBy: { id: cast.id('coordinator') },
    });
    expect(contentBefore.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, 'Alpha one.'],
      [2, 'Bravo two. Bravo three.'],
      [3, 'Charlie.'],
      [4, 'Delta.'],
      [5, 'Echo.'],
    ]);

    // Move Delta first, change Alpha, split Bravo with Enter, remove Charlie, add Foxtrot.
    await edit(
      () => $blockAt(0).insertBefore($blockAt(3)),
      ['Delta.', 'Alpha one.', 'Bravo two. Bravo three.', 'Charlie.', 'Echo.'],
    );
    await edit(() => {
      const text = $blockAt(1).getFirstChild();
      if ($isTextNode(text)) text.setTextContent('Alpha 1 and more.');
    }, ['Delta.', 'Alpha 1 and more.', 'Bravo two. Bravo three.', 'Charlie.', 'Echo.']);
    pressEnter(editor.editor, 2, 'Bravo two.'.length);
    await until(async () => (await liveTexts()).length === 6, 'the split on the server');
    await edit(() => {
      const split = $blockAt(3).getFirstChild();
      if ($isTextNode(split)) split.setTextContent(split.getTextContent().trimStart());
      $blockAt(4).remove();
    }, ['Delta.', 'Alpha 1 and more.', 'Bravo two.', 'Bravo three.', 'Echo.']);
    appendParagraphs(editor.editor, 'Foxtrot.');
    await until(async () => (await liveTexts()).length === 6, 'the new paragraph on the server');

    expect((await storedState(first.id)).equals(before)).toBe(true);
    expect(await versionContent(first.id)).toEqual(contentBefore);
    expect(renderYDoc(new Uint8Array(await storedState(first.id)), 'json').paragraphs.map((p) => p.text)).toEqual(
      contentBefore.paragraphs.map((p) => p.text),
    );
    await expect(
      server.accord.sql.run("UPDATE versions SET name = 'Tampered' WHERE id = ?", [first.id]),
    ).rejects.toThrow(/never changes/);
    await expect(server.accord.sql.run('DELETE FROM versions WHERE id = ?', [first.id])).rejects.toThrow(
      /never removed/,
    );

    second = await save('Revised version');
    const list = VersionList.parse(
      await json(await cast.api('observer', 'GET', `/api/documents/${documentId}/versions`)),
    );
    expect(list.versions.map((v) => v.name)).toEqual(['Revised version', 'Draft for public consultation']);
  });

  it('compares with another paragraph by paragraph: moved, changed word by word, split, removed, added', async () => {
    const comparison = VersionComparison.parse(
      await json(
        await cast.api('member', 'GET', `/api/documents/${documentId}/compare?from=${first.id}&to=${second.id}`),
      ),
    );
    const [alpha, bravo, charlie, delta, echo] = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'].map((w) => ids.get(w)!);
    const added = comparison.paragraphs.filter((p) => p.kind === 'added');
    expect(
      comparison.paragraphs.map(({ id, kind, moved, fromNumber, toNumber, splitFrom }) => ({
        id,
        kind,
        moved,
        fromNumber,
        toNumber,
        splitFrom,
      })),
    ).toEqual([
      { id: delta, kind: 'moved', moved: true, fromNumber: 4, toNumber: 1, splitFrom: undefined },
      { id: alpha, kind: 'changed', moved: false, fromNumber: 1, toNumber: 2, splitFrom: undefined },
      { id: bravo, kind: 'changed', moved: false, fromNumber: 2, toNumber: 3, splitFrom: undefined },
      { id: added[0]!.id, kind: 'added', moved: false, fromNumber: null, toNumber: 4, splitFrom: bravo },
      { id: charlie, kind: 'removed', moved: false, fromNumber: 3, toNumber: null, splitFrom: undefined },
      { id: echo, kind: 'unchanged', moved: false, fromNumber: 5, toNumber: 5, splitFrom: undefined },
      { id: added[1]!.id, kind: 'added', moved: false, fromNumber: null, toNumber: 6, splitFrom: undefined },
    ]);
    expect(comparison.paragraphs[1]!.words).toEqual([
      { op: 'equal', text: 'Alpha ' },
      { op: 'delete', text: 'one.' },
      { op: 'insert', text: '1 and more.' },
    ]);
    expect(comparison.paragraphs[2]!.words).toEqual([
      { op: 'equal', text: 'Bravo two.' },
      { op: 'delete', text: ' Bravo three.' },
    ]);
    expect(added.map((p) => p.toText)).toEqual(['Bravo three.', 'Foxtrot.']);
    expect(comparison.counts).toEqual({ added: 2, removed: 1, moved: 1, changed: 2, unchanged: 1 });
    expect(comparison.from).toMatchObject({ kind: 'version', version: { id: first.id } });

    const againstLive = VersionComparison.parse(
      await json(await cast.api('observer', 'GET', `/api/documents/${documentId}/compare?from=${second.id}&to=live`)),
    );
    expect(againstLive.paragraphs.every((p) => p.kind === 'unchanged')).toBe(true);
    expect(againstLive.to).toEqual({ kind: 'live', title: 'Versions test' });
  });

  it('refuses unknown versions and bad queries with what to do', async () => {
    const unknown = await cast.api('member', 'GET', `/api/documents/${documentId}/compare?from=nosuchversion&to=live`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(
      /no version "nosuchversion"/,
    );
    expect((await cast.api('member', 'GET', `/api/documents/${documentId}/compare?from=live`)).status).toBe(400);
    expect(
      (await cast.api('member', 'GET', `/api/documents/${documentId}/versions/${first.id}/content?format=pdf`)).status,
    ).toBe(400);
    const blank = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: '  ' });
    expect(blank.status).toBe(400);
    // A version of another document is not a version of this one.
    const other = await createDocument(server, 'Other', 'demo', cast.token('coordinator'));
    expect((await cast.api('member', 'GET', `/api/documents/${other}/versions/${first.id}`)).status).toBe(404);
  });

  it('starts a new draft from an old version; the original keeps its text and its history', async () => {
    const draft = await json<{ documentId: string; title: string; basedOn: { versionId: string } }>(
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions/${first.id}/restore`),
      201,
    );
    expect(draft.title).toBe('Versions test — from Draft for public consultation');
    expect(draft.basedOn.versionId).toBe(first.id);
    const restored = await live(draft.documentId);
    expect(restored.paragraphs.map((p) => [p.number, p.text])).toEqual(
      (await versionContent(first.id)).paragraphs.map((p) => [p.number, p.text]),
    );
    // The block ids come along, so the draft's paragraphs can still be matched with the version's.
    expect(restored.paragraphs.map((p) => p.id)).toEqual((await versionContent(first.id)).paragraphs.map((p) => p.id));

    expect(await liveTexts()).toEqual([
      'Delta.',
      'Alpha 1 and more.',
      'Bravo two.',
      'Bravo three.',
      'Echo.',
      'Foxtrot.',
    ]);
    const original = VersionList.parse(
      await json(await cast.api('member', 'GET', `/api/documents/${documentId}/versions`)),
    );
    expect(original.versions.map((v) => v.id)).toEqual([second.id, first.id]);
    expect(original.origin).toBeUndefined();
    const started = VersionList.parse(
      await json(await cast.api('member', 'GET', `/api/documents/${draft.documentId}/versions`)),
    );
    expect(started).toEqual({
      versions: [],
      origin: { documentId, versionId: first.id, name: 'Draft for public consultation' },
    });
    const workspace = await json<{ documents: { id: string; title: string }[] }>(
      await cast.api('member', 'GET', '/api/workspaces/demo/documents'),
    );
    expect(workspace.documents.map((d) => d.id)).toContain(draft.documentId);
    const audit = await json<{ entries: { action: string; target: string | null }[] }>(
      await cast.api('secretariat', 'GET', '/api/workspaces/demo/audit'),
    );
    expect(audit.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'version.create', target: documentId }),
        expect.objectContaining({ action: 'document.create', target: draft.documentId }),
      ]),
    );

    // The draft's own first version records where it came from.
    const saved = await json<Version>(
      await cast.api('coordinator', 'POST', `/api/documents/${draft.documentId}/versions`, { name: 'Restarted' }),
      201,
    );
    expect(saved.basedOn).toEqual({ documentId, versionId: first.id, name: 'Draft for public consultation' });
  });

  it('exports as Markdown, HTML and a DOCX that opens with the numbered paragraphs', async () => {
    const markdown = await (
      await cast.api('observer', 'GET', `/api/documents/${documentId}/versions/${first.id}/content?format=markdown`)
    ).text();
    expect(markdown).toContain('# Versions test');
    expect(markdown).toContain('**1.** Alpha one.');
    expect(markdown).toContain('**3.** Charlie.');
    const html = await cast.api(
      'observer',
      'GET',
      `/api/documents/${documentId}/versions/${first.id}/content?format=html`,
    );
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await html.text()).toContain('<span class="num">2.</span>Bravo two. Bravo three.');
    const response = await cast.api(
      'observer',
      'GET',
      `/api/documents/${documentId}/versions/${first.id}/content?format=docx`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xml = unzip(new Uint8Array(await response.arrayBuffer()))
      .get('word/document.xml')!
      .toString('utf8');
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(texts).toContain('Versions test');
    for (const [n, text] of [
      [1, 'Alpha one.'],
      [2, 'Bravo two. Bravo three.'],
      [3, 'Charlie.'],
      [4, 'Delta.'],
      [5, 'Echo.'],
    ] as const)
      expect(texts).toContain(`${n}. |${text}`);
    expect(texts).not.toContain('Foxtrot');
  });
});
