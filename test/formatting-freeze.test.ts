/**
 * Formatting survives freezing (issue 12, item 10; brackets for the public, item 9): a member's
 * headless Lexical editor on a stock y-websocket client writes bold, italic, underline, a link,
 * a bracket and a nested list; a member proposes an alternative; a coordinator saves a version.
 * The version's JSON, Markdown, HTML and DOCX keep all of it, the comparison with the live
 * document carries the runs, and the public page of a round on the version shows the bracket
 * with its alternative.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $bracketPassage, $getBracketId } from '@accord/editor';
import {
  DocumentContent,
  PublicRoundPage,
  RoundProcessing,
  VersionComparison,
  VersionContent,
  type Version,
} from '@accord/schema';
import { $writeFormattedSample } from '../packages/editor/src/testing/formatted.js';
import { openTestClient, type TestClient } from '../packages/editor/src/testing/harness.js';
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
let version: Version;
let bracketId = '';

const ok = async (response: Response, status = 200): Promise<string> => {
  const body = await response.text();
  expect(response.status, body).toBe(status);
  return body;
};
const live = async () =>
  DocumentContent.parse(
    JSON.parse(await ok(await cast.api('member', 'GET', `/api/documents/${documentId}/content?format=json`))),
  );
const exported = async (format: string) =>
  ok(await cast.api('observer', 'GET', `/api/documents/${documentId}/versions/${version.id}/content?format=${format}`));

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
  documentId = await createDocument(server, 'Formatting test', 'demo', cast.token('coordinator'));
  client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
  await synced(client);
  editor = openTestClient(client.doc);
  editor.editor.update($writeFormattedSample, { discrete: true });
  await until(
    async () => (await live()).paragraphs.some((p) => p.text === 'Skills'),
    'the formatted text on the server',
  );
  const first = (await live()).paragraphs.find((p) => p.number === 1)!;
  const at = first.text.indexOf('shall');
  editor.editor.update(() => void (bracketId = $getBracketId($bracketPassage(first.id, at, at + 'shall'.length))), {
    discrete: true,
  });
  await until(
    async () => (await live()).paragraphs.some((p) => p.runs?.some((r) => r.bracket === bracketId)),
    'the bracket on the server',
  );
  await ok(
    await cast.api('member', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, {
      text: 'should',
    }),
    201,
  );
  version = JSON.parse(
    await ok(
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Formatted draft' }),
      201,
    ),
  ) as Version;
});
afterAll(async () => {
  editor?.close();
  client?.destroy();
  await server?.close();
});

describe('a saved version keeps the formatting', () => {
  it('in its JSON: runs with marks, a safe link, the bracket, list places and the alternative', async () => {
    const content = VersionContent.parse(JSON.parse(await exported('json')));
    const first = content.paragraphs.find((p) => p.number === 1)!;
    expect(first.runs).toEqual([
      { text: 'Access is ' },
      { text: 'essential', marks: ['bold'] },
      { text: ', ' },
      { text: 'affordable', marks: ['italic'] },
      { text: ' and ' },
      { text: 'meaningful', marks: ['underline'] },
      { text: '; see the ' },
      { text: 'BPF page', href: 'https://www.intgovforum.org/en/bpf' },
      { text: ' and this. States ' },
      { text: 'shall', bracket: bracketId },
      { text: ' act <now>.' },
    ]);
    expect(first.alternatives).toEqual([{ bracket: bracketId, texts: ['should'] }]);
    expect(first.segments.filter((s) => s.bracket).map((s) => s.text)).toEqual(['shall']);
    expect(
      content.paragraphs.filter((p) => p.type === 'listitem' && p.text !== '').map((p) => [p.text, p.list]),
    ).toEqual([
      ['Infrastructure', { ordered: false, depth: 0 }],
      ['fibre', { ordered: true, depth: 1 }],
      ['spectrum', { ordered: true, depth: 1 }],
      ['Skills', { ordered: false, depth: 0 }],
    ]);
  });

  it('in Markdown', async () => {
    const md = await exported('markdown');
    expect(md).toContain(
      '**1.** Access is **essential**, *affordable* and <u>meaningful</u>; see the [BPF page](https://www.intgovforum.org/en/bpf) and this. States \\[shall\\] act \\<now\\>.',
    );
    expect(md).toContain(['- **Infrastructure**', '    1. fibre', '    2. spectrum', '- Skills'].join('\n'));
    expect(md).toContain('Alt 1: should');
    expect(md).not.toMatch(/javascript/i);
  });

  it('in HTML', async () => {
    const html = await exported('html');
    expect(html).toContain(
      'Access is <strong>essential</strong>, <em>affordable</em> and <u>meaningful</u>; see the <a href="https://www.intgovforum.org/en/bpf" rel="noopener noreferrer nofollow">BPF page</a> and this. States <span class="bracket"',
    );
    expect(html).toContain('>[shall]</span> act &lt;now&gt;.');
    expect(html).toMatch(
      /<ul><li[^>]*><strong>Infrastructure<\/strong><ol><li[^>]*>fibre<\/li><li[^>]*>spectrum<\/li><\/ol><\/li><li[^>]*>Skills<\/li><\/ul>/,
    );
    expect(html).not.toMatch(/javascript/i);
  });

  it('in DOCX', async () => {
    const response = await cast.api(
      'observer',
      'GET',
      `/api/documents/${documentId}/versions/${version.id}/content?format=docx`,
    );
    expect(response.status).toBe(200);
    const files = unzip(new Uint8Array(await response.arrayBuffer()));
    const xml = files.get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">essential<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">affordable<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">meaningful<\/w:t>/);
    expect(xml).toMatch(/<w:hyperlink [^>]*><w:r>(?:(?!<\/w:hyperlink>).)*BPF page<\/w:t><\/w:r><\/w:hyperlink>/s);
    expect(files.get('word/_rels/document.xml.rels')!.toString('utf8')).toContain(
      'Target="https://www.intgovforum.org/en/bpf" TargetMode="External"',
    );
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>(?:(?!<\/w:p>).)*fibre/s);
    expect(xml).not.toMatch(/javascript/i);
  });
});

describe('a version saved before formatting was kept', () => {
  it('still reads, exports and compares: brackets from its segments, its text as plain text', async () => {
    // A row as issue 7's code wrote it: blocks with text and bracketed segments, no runs.
    const blocks = [
      {
        id: 'pOld1',
        number: 1,
        type: 'paragraph',
        text: 'We shall <act>.',
        segments: [
          { text: 'We ', bracket: false },
          { text: 'shall', bracket: true },
          { text: ' <act>.', bracket: false },
        ],
        status: 'contested',
      },
      {
        id: 'pOld2',
        number: null,
        type: 'listitem',
        text: 'an item',
        segments: [{ text: 'an item', bracket: false }],
        status: null,
      },
    ];
    const { state } = (await server.accord.sql.get<{ state: Buffer }>('SELECT state FROM versions WHERE id = ?', [
      version.id,
    ]))!;
    await server.accord.sql.run(
      'INSERT INTO versions (id, document_id, name, note, title, state, blocks, based_on, created_at, created_by) VALUES (?, ?, ?, NULL, ?, ?, ?, NULL, ?, ?)',
      [
        'old-format-version',
        documentId,
        'Old draft',
        'Formatting test',
        state,
        JSON.stringify(blocks),
        '2026-01-01T00:00:00.000Z',
        cast.id('coordinator'),
      ],
    );
    const get = async (format: string) =>
      ok(
        await cast.api(
          'observer',
          'GET',
          `/api/documents/${documentId}/versions/old-format-version/content?format=${format}`,
        ),
      );
    expect(VersionContent.parse(JSON.parse(await get('json'))).paragraphs.map((p) => p.text)).toEqual([
      'We shall <act>.',
      'an item',
    ]);
    expect(await get('markdown')).toContain('**1.** We \\[shall\\] \\<act\\>. *(Contested)*');
    expect(await get('markdown')).toContain('- an item');
    expect(await get('html')).toContain('We <span class="bracket">[shall]</span> &lt;act&gt;.');
    const docx = await cast.api(
      'observer',
      'GET',
      `/api/documents/${documentId}/versions/old-format-version/content?format=docx`,
    );
    expect(
      unzip(new Uint8Array(await docx.arrayBuffer()))
        .get('word/document.xml')!
        .toString('utf8'),
    ).toContain('>shall</w:t>');
    const comparison = VersionComparison.parse(
      JSON.parse(
        await ok(
          await cast.api(
            'member',
            'GET',
            `/api/documents/${documentId}/compare?from=old-format-version&to=${version.id}`,
          ),
        ),
      ),
    );
    expect(comparison.paragraphs.find((p) => p.id === 'pOld1')?.fromRuns).toEqual([
      { text: 'We ' },
      { text: 'shall', bracket: '' },
      { text: ' <act>.' },
    ]);
  });
});

describe('the brackets are shown to the public', () => {
  it('the comparison with the live document carries runs, brackets included', async () => {
    const comparison = VersionComparison.parse(
      JSON.parse(
        await ok(await cast.api('member', 'GET', `/api/documents/${documentId}/compare?from=${version.id}&to=live`)),
      ),
    );
    const first = comparison.paragraphs.find((p) => p.toNumber === 1)!;
    expect(first.toRuns?.some((r) => r.bracket === bracketId && r.text === 'shall')).toBe(true);
    expect(first.fromRuns?.some((r) => r.marks?.includes('bold'))).toBe(true);
  });

  it('the public page of a round on the version has the bracket and its alternative', async () => {
    const round = JSON.parse(
      await ok(
        await cast.api('coordinator', 'POST', `/api/documents/${documentId}/rounds`, {
          versionId: version.id,
          title: 'Round',
          opensAt: '2020-01-01T00:00:00Z',
          closesAt: '2099-01-01T00:00:00Z',
        }),
        201,
      ),
    ) as { id: string };
    const page = PublicRoundPage.parse(await (await fetch(`${server.url}/api/public/rounds/${round.id}`)).json());
    const first = page.paragraphs.find((p) => p.number === 1)!;
    expect(first.runs?.find((r) => r.bracket === bracketId)?.text).toBe('shall');
    expect(first.alternatives).toEqual([{ bracket: bracketId, texts: ['should'] }]);
    // The processing view shows the paragraph as consulted, and as it reads now, with both.
    const processing = RoundProcessing.parse(
      JSON.parse(await ok(await cast.api('member', 'GET', `/api/rounds/${round.id}/processing`))),
    );
    const paragraph = processing.paragraphs.find((p) => p.frozen.number === 1)!;
    expect(paragraph.frozen.runs?.find((r) => r.bracket === bracketId)?.text).toBe('shall');
    expect(paragraph.frozen.alternatives).toEqual([{ bracket: bracketId, texts: ['should'] }]);
    expect(paragraph.live?.runs?.find((r) => r.bracket === bracketId)?.text).toBe('shall');
  });
});
