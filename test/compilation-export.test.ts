/**
 * A compilation's exports end to end (issue 14): a call with two contributions, paragraphs of
 * both inserted into the Policy Menus, a version saved. Its DOCX has real Word footnotes citing
 * the sources and the annex "Contributions"; its Markdown has `[^n]` notes; HTML numbered notes
 * with back-links. The version keeps citing the sources as they were when saved, whatever the
 * compilation cites later. A divergence recorded on a compiled paragraph joins the register.
 * A document without sources or calls exports as before.
 */
import { InsertedParagraphs } from '@accord/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { unzip } from './helpers/unzip.js';

const DOC = 'policy-menus-cnb';
const PLAIN = 'bpf-spam';

let server: InProcessAccord;
let cast: Cast;
const contributions = new Map<string, string>();
let versionId: string;
let compiled: string[];
let callId: string;

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function contribute(callId: string, organisation: string, kind: string, country: string, paragraphs: string[]) {
  const { id } = await json<{ id: string }>(
    await cast.api('contributor', 'POST', `/api/calls/${callId}/contributions`, {
      title: `${organisation} on access`,
      organisation,
      kind,
      country,
      pillars: ['access'],
      paragraphs,
    }),
    201,
  );
  contributions.set(organisation, id);
}

const insert = async (organisation: string, paragraphs: number[], afterBlockId: string | null) =>
  InsertedParagraphs.parse(
    await json(
      await cast.api('coordinator', 'POST', `/api/documents/${DOC}/compilation/insert`, {
        contributionId: contributions.get(organisation),
        paragraphs,
        afterBlockId,
      }),
      201,
    ),
  ).blockIds;

const exported = (documentId: string, version: string, format: string) =>
  cast.api('observer', 'GET', `/api/documents/${documentId}/versions/${version}/content?format=${format}`);

beforeAll(async () => {
  server = await inProcessAccord();
  cast = await castOf(server);
  const call = await json<{ id: string }>(
    await cast.api('coordinator', 'POST', `/api/documents/${DOC}/calls`, {
      title: 'Policy Menus: contributions',
      pillars: [{ title: 'Access', question: 'What connects the next billion?' }],
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2100-01-01T00:00:00.000Z',
      participation: 'invited',
    }),
    201,
  );
  callId = call.id;
  await contribute(call.id, 'Brazil IGF', 'national', 'BR', ['Connectivity is a right.', 'Spectrum for communities.']);
  await contribute(call.id, 'EuroDIG', 'regional', 'Europe', ['Affordability comes first.']);
  await contribute(call.id, 'Youth IGF <Africa>', 'youth', 'Africa', ['Skills before devices.']);
  compiled = [...(await insert('Brazil IGF', [0, 1], null)), ...(await insert('EuroDIG', [0], null))];
  versionId = (
    await json<{ id: string }>(
      await cast.api('coordinator', 'POST', `/api/documents/${DOC}/versions`, { name: 'Compiled draft' }),
      201,
    )
  ).id;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the exports of a compilation', () => {
  it('has real Word footnotes citing the sources, and the annex of every contribution', async () => {
    const res = await exported(DOC, versionId, 'docx');
    expect(res.status).toBe(200);
    const files = unzip(new Uint8Array(await res.arrayBuffer()));
    const footnotes = files.get('word/footnotes.xml')?.toString('utf8');
    expect(footnotes, 'word/footnotes.xml').toBeDefined();
    expect(footnotes).toContain('Sources: Brazil IGF');
    expect(footnotes).toContain('Sources: EuroDIG');
    const xml = files.get('word/document.xml')!.toString('utf8');
    expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(3);
    expect(xml).toContain('Annex: Contributions');
    for (const text of ['Brazil IGF', 'National initiative', 'EuroDIG', 'Regional initiative', 'Europe'])
      expect(xml).toContain(text);
    // The contribution nobody cited is in the annex too, escaped.
    expect(xml).toContain('Youth IGF &lt;Africa&gt;');
  });

  it('has Markdown [^n] footnotes and HTML notes with back-links', async () => {
    const md = await (await exported(DOC, versionId, 'markdown')).text();
    // EuroDIG was inserted at the top last, so it is cited first.
    expect(md).toContain('Affordability comes first.[^1]');
    expect(md).toContain('Connectivity is a right.[^2]');
    expect(md).toContain('[^1]: Sources: EuroDIG');
    expect(md).toContain('[^3]: Sources: Brazil IGF');
    expect(md).toMatch(/\| Youth IGF \\<Africa\\> \| Youth initiative \| Africa \| \d+ \w+ \d{4} \| /);
    const html = await (await exported(DOC, versionId, 'html')).text();
    expect(html).toContain('<li id="note-1">Sources: EuroDIG <a href="#ref-1"');
    expect(html).toContain('<td>Youth IGF &lt;Africa&gt;</td>');
  });

  it('cites the sources and lists the contributions as they were when the version was saved', async () => {
    await insert('Youth IGF <Africa>', [0], null);
    await contribute(callId, 'Late Forum', 'other', 'FR', ['Sent after the version.']);
    const live = await (await cast.api('observer', 'GET', `/api/documents/${DOC}/content?format=json`)).json();
    expect(JSON.stringify(live)).toContain('Youth IGF');
    const md = await (await exported(DOC, versionId, 'markdown')).text();
    expect(md).not.toContain('Skills before devices.');
    expect(md).not.toContain('Sources: Youth IGF');
    expect(md.match(/^\[\^\d+\]: /gm)).toHaveLength(3);
    expect(md).not.toContain('Late Forum');
  });

  it('exports the live compilation with what it cites now: Word footnotes, Markdown notes, the annex', async () => {
    const live = (format: string) =>
      cast.api('observer', 'GET', `/api/documents/${DOC}/compilation/export?format=${format}`);
    const md = await (await live('markdown')).text();
    expect(md).toContain('*The live document as of ');
    expect(md).toContain('Skills before devices.[^1]');
    expect(md).toContain('[^1]: Sources: Youth IGF \\<Africa\\>');
    expect(md.match(/^\[\^\d+\]: /gm)).toHaveLength(4);
    expect(md).toContain('| Late Forum | Other | FR |');
    const files = unzip(new Uint8Array(await (await live('docx')).arrayBuffer()));
    expect(files.get('word/footnotes.xml')?.toString('utf8')).toContain('Sources: Youth IGF &lt;Africa&gt;');
    expect((await live('pdf')).status).toBe(400);
    expect((await fetch(`${server.url}/api/documents/${DOC}/compilation/export`)).status).toBe(401);
  });

  it('leaves the exports of a document without sources or calls as they were', async () => {
    const plain = (
      await json<{ id: string }>(
        await cast.api('coordinator', 'POST', `/api/documents/${PLAIN}/versions`, { name: 'Plain' }),
        201,
      )
    ).id;
    const md = await (await exported(PLAIN, plain, 'markdown')).text();
    expect(md).not.toContain('[^');
    expect(md).not.toContain('Annex');
    const files = unzip(new Uint8Array(await (await exported(PLAIN, plain, 'docx')).arrayBuffer()));
    expect(files.get('word/document.xml')!.toString('utf8')).not.toContain('footnoteReference');
  });
});

describe('the register of a compilation', () => {
  it('lists a divergence on a compiled paragraph with its views, holders and sources', async () => {
    const [spectrum] = compiled.slice(1, 2) as [string];
    await json(
      await cast.api('coordinator', 'POST', `/api/documents/${DOC}/paragraphs/${spectrum}/divergences`, {
        views: [
          { view: 'Spectrum should be set aside for communities', contributionIds: [contributions.get('Brazil IGF')] },
          { view: 'Spectrum is best auctioned', contributionIds: [contributions.get('EuroDIG')] },
        ],
      }),
      201,
    );
    const md = await (await cast.api('observer', 'GET', `/api/documents/${DOC}/register?format=markdown`)).text();
    expect(md).toContain('### Differences among contributions');
    expect(md).toContain('1. Spectrum should be set aside for communities — held by Brazil IGF');
    expect(md).toContain('2. Spectrum is best auctioned — held by EuroDIG');
    expect(md).toContain('Sources: Brazil IGF');
  });
});
