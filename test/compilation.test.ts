/**
 * The compilation desk end to end (issue 14): a call on the Policy Menus compilation with two
 * contributions; a coordinator inserts two paragraphs of one and one of the other; the content
 * JSON carries each source on its block; a member's edit of a compiled paragraph (headless
 * Lexical over the stock y-websocket provider) keeps its source, and merging two compiled
 * paragraphs (Backspace at the start of the second) keeps both; coverage lists what is not yet
 * used; divergences are recorded and listed. Refusals change nothing: a contribution to another
 * document's call, a member without `compilation.edit`, an unknown block, a paragraph that does
 * not exist. The call and contributions are made through slice A's routes.
 */
import { Coverage, DivergenceList, InsertedParagraphs, SourceMap } from '@accord/schema';
import { $getSelection, $isRangeSelection, DELETE_CHARACTER_COMMAND } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $blockAt, openTestClient, readBlocks, type TestClient } from '../packages/editor/src/testing/harness.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

const DOC = 'policy-menus-cnb';
const OTHER = 'bpf-spam';
const BRAZIL = ['Connectivity is a right.', 'Community networks need spectrum.', 'Local content drives demand.'];
const EURODIG = ['Affordability comes first.', 'Digital skills matter as much as access.'];

let server: InProcessAccord;
let cast: Cast;
/** Ids of the calls and contributions by the names the tests use. */
const ids = new Map<string, string>();
const id = (name: string): string => ids.get(name) ?? name;

interface Block {
  id: string;
  text: string;
  label?: string;
  sources?: { contributionId: string; organisation: string }[];
}

const content = async (): Promise<Block[]> =>
  (
    (await (await cast.api('observer', 'GET', `/api/documents/${DOC}/content?format=json`)).json()) as {
      paragraphs: Block[];
    }
  ).paragraphs;

const sourceMap = async () =>
  SourceMap.parse(await (await cast.api('member', 'GET', `/api/documents/${DOC}/compilation/sources`)).json()).blocks;

/** A call on `documentId` by the coordinator, open now (slice A's route); its id. */
async function addCall(documentId: string): Promise<string> {
  const res = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/calls`, {
    title: 'Policy Menus: contributions',
    pillars: [{ title: 'Access', question: 'What connects the next billion?' }],
    opensAt: '2026-01-01T00:00:00.000Z',
    closesAt: '2100-01-01T00:00:00.000Z',
    participation: 'invited',
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** A typed contribution by the workspace's contributor (slice A's route); its id. */
async function addContribution(callId: string, organisation: string, paragraphs: string[]): Promise<string> {
  const res = await cast.api('contributor', 'POST', `/api/calls/${callId}/contributions`, {
    title: `${organisation} contribution`,
    organisation,
    kind: 'national',
    country: 'BR',
    pillars: ['access'],
    paragraphs,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const insert = (who: 'coordinator' | 'member', body: unknown) =>
  cast.api(who, 'POST', `/api/documents/${DOC}/compilation/insert`, body);

beforeAll(async () => {
  server = await inProcessAccord();
  cast = await castOf(server);
  const call = await addCall(DOC);
  const other = await addCall(OTHER);
  ids.set('call-cnb', call);
  ids.set('c-brazil', await addContribution(call, 'Brazil IGF', BRAZIL));
  ids.set('c-eurodig', await addContribution(call, 'EuroDIG', EURODIG));
  ids.set('c-spam', await addContribution(other, 'Spam Forum', ['Spam is bad.']));
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the compilation desk', () => {
  let brazil: string[];
  let eurodig: string;
  let member: { client: StockClient; editor: TestClient } | undefined;

  afterAll(() => {
    member?.editor.close();
    member?.client.destroy();
  });

  it('inserts paragraphs of two contributions where asked, each block citing its source in the content JSON', async () => {
    const before = await content();
    const after = before[0]!.id;
    const first = await insert('coordinator', {
      contributionId: id('c-brazil'),
      paragraphs: [0, 2],
      afterBlockId: after,
    });
    expect(first.status).toBe(201);
    brazil = InsertedParagraphs.parse(await first.json()).blockIds;
    expect(brazil).toHaveLength(2);
    const second = await insert('coordinator', {
      contributionId: id('c-eurodig'),
      paragraphs: [1],
      afterBlockId: brazil[1],
    });
    expect(second.status).toBe(201);
    [eurodig] = InsertedParagraphs.parse(await second.json()).blockIds as [string];

    const blocks = await content();
    expect(blocks.map((b) => b.id).slice(0, 4)).toEqual([after, ...brazil, eurodig]);
    expect(blocks.slice(1, 4).map((b) => [b.text, b.sources])).toEqual([
      [BRAZIL[0], [{ contributionId: id('c-brazil'), organisation: 'Brazil IGF' }]],
      [BRAZIL[2], [{ contributionId: id('c-brazil'), organisation: 'Brazil IGF' }]],
      [EURODIG[1], [{ contributionId: id('c-eurodig'), organisation: 'EuroDIG' }]],
    ]);
    expect(blocks.filter((b) => b.sources).length, 'only compiled blocks carry sources').toBe(3);
    expect((await sourceMap())[eurodig!]).toEqual([
      { contributionId: id('c-eurodig'), organisation: 'EuroDIG', paragraph: 1 },
    ]);
  });

  it('keeps a compiled paragraph’s source through a member’s edit', async () => {
    const client = stockClient(server.wsUrl, DOC, { token: cast.token('member') });
    await synced(client);
    const editor = openTestClient(client.doc);
    member = { client, editor };
    const indexOf = (id: string) => readBlocks(editor.editor).findIndex((b) => b.id === id);
    await until(() => indexOf(eurodig) >= 0, 'the compiled paragraphs to reach the member');
    const at = indexOf(brazil[0]!);
    editor.editor.update(
      () => {
        $blockAt(at).selectEnd();
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(' And so is access.');
      },
      { discrete: true },
    );
    await until(
      async () => (await content()).some((b) => b.text === `${BRAZIL[0]} And so is access.`),
      'the member’s edit to be stored',
    );
    const edited = (await content()).find((b) => b.id === brazil[0]);
    expect(edited?.sources).toEqual([{ contributionId: id('c-brazil'), organisation: 'Brazil IGF' }]);
  });

  it('merging two compiled paragraphs keeps both paragraphs’ sources on the one left', async () => {
    const { editor } = member!;
    const indexOf = (id: string) => readBlocks(editor.editor).findIndex((b) => b.id === id);
    const at = indexOf(eurodig);
    editor.editor.update(() => $blockAt(at).selectStart(), { discrete: true });
    editor.editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    editor.editor.read(() => undefined);
    await until(async () => !(await content()).some((b) => b.id === eurodig), 'the merge to be stored');
    // The sources follow once the stored merge is recorded: the sources route waits for that.
    await sourceMap();
    const merged = (await content()).find((b) => b.id === brazil[1]);
    expect(merged?.text).toBe(`${BRAZIL[2]}${EURODIG[1]}`);
    expect(merged?.sources).toEqual([
      { contributionId: id('c-brazil'), organisation: 'Brazil IGF' },
      { contributionId: id('c-eurodig'), organisation: 'EuroDIG' },
    ]);
    const map = await sourceMap();
    expect(map[eurodig]).toBeUndefined();
    expect(map[brazil[1]!]?.map((s) => [s.contributionId, s.paragraph])).toEqual([
      [id('c-brazil'), 2],
      [id('c-eurodig'), 1],
    ]);
  });

  it('lists, per contribution, where each paragraph is used and what is not yet reflected', async () => {
    const res = await cast.api('coordinator', 'GET', `/api/calls/${id('call-cnb')}/coverage`);
    expect(res.status).toBe(200);
    const coverage = Coverage.parse(await res.json());
    const labels = new Map((await content()).map((b) => [b.id, b.label ?? null]));
    expect(coverage.contributions.map((c) => c.contributionId)).toEqual([id('c-brazil'), id('c-eurodig')]);
    expect(coverage.contributions[0]!.paragraphs.map((p) => p.usedIn)).toEqual([
      [{ blockId: brazil[0], label: labels.get(brazil[0]!) }],
      [],
      [{ blockId: brazil[1], label: labels.get(brazil[1]!) }],
    ]);
    expect(coverage.contributions[1]!.paragraphs[1]!.usedIn).toEqual([
      { blockId: brazil[1], label: labels.get(brazil[1]!) },
    ]);
    expect(coverage.notYetReflected).toEqual([
      { contributionId: id('c-brazil'), organisation: 'Brazil IGF', index: 1, text: BRAZIL[1] },
      { contributionId: id('c-eurodig'), organisation: 'EuroDIG', index: 0, text: EURODIG[0] },
    ]);
    expect((await cast.api('member', 'GET', `/api/calls/${id('call-cnb')}/coverage`)).status).toBe(403);
    expect((await cast.api('coordinator', 'GET', '/api/calls/no-such-call/coverage')).status).toBe(404);
  });

  it('records divergences on a compiled paragraph, with the organisations holding each view', async () => {
    const body = {
      views: [
        { view: 'Spectrum for community networks first', contributionIds: [id('c-brazil')] },
        { view: 'Affordability first', contributionIds: [id('c-eurodig')] },
      ],
      note: 'Raised at the open consultation',
    };
    const path = `/api/documents/${DOC}/paragraphs/${brazil[1]}/divergences`;
    const made = await cast.api('coordinator', 'POST', path, body);
    expect(made.status).toBe(201);
    const list = DivergenceList.parse(
      await (await cast.api('observer', 'GET', `/api/documents/${DOC}/divergences`)).json(),
    );
    expect(list.divergences).toHaveLength(1);
    expect(list.divergences[0]).toMatchObject({
      blockId: brazil[1],
      note: body.note,
      views: [
        { view: body.views[0]!.view, holders: [{ contributionId: id('c-brazil'), organisation: 'Brazil IGF' }] },
        { view: body.views[1]!.view, holders: [{ contributionId: id('c-eurodig'), organisation: 'EuroDIG' }] },
      ],
    });
    const audited = await server.accord.sql.all<{ action: string }>(
      "SELECT action FROM audit_log WHERE action LIKE 'compilation.%' ORDER BY seq",
    );
    expect(audited.map((a) => a.action)).toEqual([
      'compilation.insert',
      'compilation.insert',
      'compilation.divergence',
    ]);

    // Refused, nothing recorded: another document's contribution, an unknown paragraph, a member.
    const foreign = { views: [body.views[0], { view: 'Spam', contributionIds: [id('c-spam')] }] };
    expect((await cast.api('coordinator', 'POST', path, foreign)).status).toBe(400);
    expect(
      (await cast.api('coordinator', 'POST', `/api/documents/${DOC}/paragraphs/pNoSuchBlock1/divergences`, body))
        .status,
    ).toBe(404);
    expect((await cast.api('member', 'POST', path, body)).status).toBe(403);
    expect(
      DivergenceList.parse(await (await cast.api('observer', 'GET', `/api/documents/${DOC}/divergences`)).json())
        .divergences,
    ).toHaveLength(1);
  });

  it('refuses inserts that cannot be made, and changes nothing', async () => {
    const before = await content();
    const sourcesBefore = await sourceMap();
    const refusals: Array<[string, 'coordinator' | 'member', unknown, number, string]> = [
      [
        'another document’s call',
        'coordinator',
        { contributionId: id('c-spam'), paragraphs: [0], afterBlockId: null },
        404,
        'not_found',
      ],
      [
        'an unknown contribution',
        'coordinator',
        { contributionId: 'c-none', paragraphs: [0], afterBlockId: null },
        404,
        'not_found',
      ],
      ['a member', 'member', { contributionId: id('c-brazil'), paragraphs: [1], afterBlockId: null }, 403, 'forbidden'],
      [
        'an unknown block',
        'coordinator',
        { contributionId: id('c-brazil'), paragraphs: [1], afterBlockId: 'pNoSuchBlock1' },
        400,
        'unknown_block',
      ],
      [
        'a paragraph it does not have',
        'coordinator',
        { contributionId: id('c-brazil'), paragraphs: [1, 9], afterBlockId: null },
        400,
        'invalid_paragraphs',
      ],
      [
        'a malformed body',
        'coordinator',
        { contributionId: id('c-brazil'), paragraphs: [], afterBlockId: null },
        400,
        'invalid_body',
      ],
    ];
    for (const [what, who, body, status, code] of refusals) {
      const res = await insert(who, body);
      const answer = (await res.json()) as { error: { code: string; message: string } };
      expect([res.status, answer.error.code], what).toEqual([status, code]);
      expect(answer.error.message.length, what).toBeGreaterThan(10);
    }
    expect(await content()).toEqual(before);
    expect(await sourceMap()).toEqual(sourcesBefore);
  });
});
