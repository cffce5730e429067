/**
 * The compilation's whole chain in one run, as issue 14 asks: a call; one contribution typed
 * by a workspace contributor and one imported from a real DOCX by a public contributor who
 * confirmed their email; paragraphs of both inserted into the Policy Menus; the content JSON
 * carries both sources; a member's edit of a compiled paragraph (headless Lexical over the
 * stock y-websocket provider) keeps them; a saved version's DOCX has the footnotes and the
 * annex; coverage lists the paragraphs not used.
 */
import { Coverage } from '@accord/schema';
import { $getSelection, $isRangeSelection } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $blockAt, openTestClient, readBlocks } from '../packages/editor/src/testing/harness.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until } from './helpers/clients.js';
import { brazilDocx, form, mailedCode } from './helpers/contributions.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { unzip } from './helpers/unzip.js';

const DOC = 'policy-menus-cnb';
let server: InProcessAccord;
let cast: Cast;

interface Block {
  id: string;
  text: string;
  sources?: { contributionId: string; organisation: string }[];
}

const content = async (): Promise<Block[]> =>
  (
    (await (await cast.api('observer', 'GET', `/api/documents/${DOC}/content?format=json`)).json()) as {
      paragraphs: Block[];
    }
  ).paragraphs;

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
});
afterAll(() => server?.close());

describe('a compilation from call to endorsed text', () => {
  it('cites a typed and an imported contribution through a member’s edit, in the DOCX, and lists what is unused', async () => {
    const call = await json<{ id: string }>(
      await cast.api('coordinator', 'POST', `/api/documents/${DOC}/calls`, {
        title: 'Policy Menus: contributions',
        pillars: [{ title: 'Access', question: 'What connects the next billion?' }],
        opensAt: '2020-01-01T00:00:00Z',
        closesAt: '2090-01-01T00:00:00Z',
        participation: 'public',
      }),
      201,
    );
    const typed = await json<{ id: string }>(
      await cast.api('contributor', 'POST', `/api/calls/${call.id}/contributions`, {
        title: 'EuroDIG messages',
        organisation: 'EuroDIG',
        kind: 'regional',
        country: 'Europe',
        pillars: ['access'],
        paragraphs: ['Affordability comes first.', 'Skills matter as much as access.'],
      }),
      201,
    );
    const publicApi = (path: string, body: unknown) =>
      fetch(`${server.url}/api/public/calls/${call.id}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await json(await publicApi('contributors', { name: 'Bia', email: 'bia@example.br' }), 202);
    const { token } = await json<{ token: string }>(
      await publicApi('contributors/confirm', {
        email: 'bia@example.br',
        code: await mailedCode(server, 'bia@example.br'),
      }),
      200,
    );
    const imported = await json<{ id: string; source: string; paragraphs: { index: number; text: string }[] }>(
      await fetch(`${server.url}/api/public/calls/${call.id}/contributions`, {
        method: 'POST',
        headers: { 'x-contributor-token': token },
        body: form(
          { title: 'Brazil IGF', organisation: 'Brazil IGF', kind: 'national', country: 'BR', pillars: ['access'] },
          { name: 'brazil.docx', bytes: await brazilDocx() },
        ),
      }),
      201,
    );
    expect(imported.source).toBe('docx');
    const community = imported.paragraphs.find((p) => p.text.startsWith('Community networks'))!.index;

    const insert = async (contributionId: string, paragraphs: number[]) =>
      (
        await json<{ blockIds: string[] }>(
          await cast.api('coordinator', 'POST', `/api/documents/${DOC}/compilation/insert`, {
            contributionId,
            paragraphs,
            afterBlockId: null,
          }),
          201,
        )
      ).blockIds;
    const [fromBrazil] = await insert(imported.id, [community]);
    const [fromEurope] = await insert(typed.id, [0]);
    const cited = new Map((await content()).map((b) => [b.id, b.sources]));
    expect(cited.get(fromBrazil!)).toEqual([{ contributionId: imported.id, organisation: 'Brazil IGF' }]);
    expect(cited.get(fromEurope!)).toEqual([{ contributionId: typed.id, organisation: 'EuroDIG' }]);

    // A member edits the compiled Brazil paragraph in their editor.
    const client = stockClient(server.wsUrl, DOC, { token: cast.token('member') });
    await synced(client);
    const editor = openTestClient(client.doc);
    try {
      await until(
        () => readBlocks(editor.editor).some((b) => b.id === fromBrazil),
        'the compiled paragraph at the member',
      );
      const at = readBlocks(editor.editor).findIndex((b) => b.id === fromBrazil);
      editor.editor.update(
        () => {
          $blockAt(at).selectEnd();
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText(' In every region.');
        },
        { discrete: true },
      );
      await until(
        async () => (await content()).some((b) => b.id === fromBrazil && b.text.endsWith('In every region.')),
        'the member’s edit stored',
      );
    } finally {
      editor.close?.();
      client.destroy();
    }
    const after = new Map((await content()).map((b) => [b.id, b.sources]));
    expect(after.get(fromBrazil!)).toEqual([{ contributionId: imported.id, organisation: 'Brazil IGF' }]);
    expect(after.get(fromEurope!)).toEqual([{ contributionId: typed.id, organisation: 'EuroDIG' }]);

    const version = await json<{ id: string }>(
      await cast.api('coordinator', 'POST', `/api/documents/${DOC}/versions`, { name: 'Compiled draft' }),
      201,
    );
    const docx = await cast.api('observer', 'GET', `/api/documents/${DOC}/versions/${version.id}/content?format=docx`);
    expect(docx.status).toBe(200);
    const files = unzip(new Uint8Array(await docx.arrayBuffer()));
    const footnotes = files.get('word/footnotes.xml')!.toString('utf8');
    expect(footnotes).toContain('Brazil IGF');
    expect(footnotes).toContain('EuroDIG');
    const body = files.get('word/document.xml')!.toString('utf8');
    expect(body).toContain('w:footnoteReference');
    expect(body).toContain('Contributions');
    expect(body).toContain('National initiative');

    const coverage = Coverage.parse(
      await (await cast.api('coordinator', 'GET', `/api/calls/${call.id}/coverage`)).json(),
    );
    const unused = coverage.notYetReflected.map((p) => `${p.organisation}: ${p.text}`);
    expect(unused).toContain('EuroDIG: Skills matter as much as access.');
    expect(unused).toContain('Brazil IGF: Access and affordability');
    expect(unused).not.toContain('EuroDIG: Affordability comes first.');
    expect(unused.some((u) => u.startsWith('Brazil IGF: Community networks'))).toBe(false);
  });
});
