/**
 * Answering a consultation round end to end (issue 7), with the server clock injected:
 * dispositions only after the close and only by editors; the paragraph as consulted beside
 * the paragraph now; hidden comments absent from processing, every report format and the
 * public API; with every comment answered, the report holds each exactly once in paragraph
 * order, shows a group-only participant as their group alone, and becomes public when the
 * revised version is published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { DocumentContent, PublicRoundOutcome, type Reaction, RoundProcessing } from '@accord/schema';
import { appendParagraphs, openTestClient, type TestClient } from '../packages/editor/src/testing/harness.js';
import { createDocument } from './helpers/accord-process.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { parseCsv } from './helpers/csv.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { registerConfirmed } from './helpers/participants.js';
import { unzip } from './helpers/unzip.js';

let server: InProcessAccord;
let cast: Cast;
let clock = new Date('2031-03-01T00:00:00Z');
let documentId: string;
let client: StockClient;
let editor: TestClient;
let roundId: string;
/** Frozen paragraph ids, ¶1 first. */
let paragraphs: string[];
/** Comment ids in the order the report must list them. */
const expectedOrder: string[] = [];
let hiddenId: string;
/** Confirmed participants' tokens. */
let tokens: { ada: string; bo: string; cy: string };

const json = async <T>(response: Response, status = 200): Promise<T> => {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
};
const publicApi = (method: string, path: string, body?: unknown, token?: string) =>
  fetch(`${server.url}/api/public/rounds/${roundId}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { 'x-participant-token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const liveTexts = async () =>
  DocumentContent.parse(
    await json(await cast.api('member', 'GET', `/api/documents/${documentId}/content?format=json`)),
  ).paragraphs.map((p) => p.text);
const processing = async () =>
  RoundProcessing.parse(await json(await cast.api('member', 'GET', `/api/rounds/${roundId}/processing`)));
const decide = (
  who: 'member' | 'coordinator' | 'observer' | 'contributor',
  commentId: string,
  body: Record<string, unknown>,
) => cast.api(who, 'PUT', `/api/rounds/${roundId}/comments/${commentId}/disposition`, body);

/** Registers and confirms through the mailed link (outbox); answers the confirmed token. */
async function register(
  email: string,
  name: string,
  country: string,
  showOnly: 'name-and-group' | 'group-only',
  stakeholderGroup = 'civil-society',
): Promise<string> {
  return registerConfirmed(server, roundId, { name, email, stakeholderGroup, country, showOnly });
}
async function comment(token: string, anchor: Record<string, unknown>, text: string): Promise<string> {
  return (await json<{ id: string }>(await publicApi('POST', '/comments', { anchor, text }, token), 201)).id;
}

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' }, { now: () => clock });
  cast = await castOf(server);
  documentId = await createDocument(server, 'Processing test', 'demo', cast.token('coordinator'));
  client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
  await synced(client);
  editor = openTestClient(client.doc);
  appendParagraphs(editor.editor, 'Alpha one.', 'Bravo two.', 'Charlie three.', 'Delta four.', 'Echo five.');
  await until(async () => (await liveTexts()).includes('Echo five.'), 'the text on the server');
  const version = await json<{ id: string }>(
    await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, {
      name: 'Draft for public consultation',
    }),
    201,
  );
  roundId = (
    await json<{ id: string }>(
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/rounds`, {
        versionId: version.id,
        title: 'Spring consultation',
        opensAt: '2031-03-02T00:00:00Z',
        closesAt: '2031-03-20T00:00:00Z',
      }),
      201,
    )
  ).id;
  const page = await json<{ paragraphs: { id: string; number: number | null; text: string }[] }>(
    await publicApi('GET', ''),
  );
  paragraphs = page.paragraphs.filter((p) => p.number !== null && p.text !== '').map((p) => p.id);
  expect(paragraphs).toHaveLength(5);

  clock = new Date('2031-03-05T00:00:00Z');
  const ada = await register('ada@example.org', 'Ada Lovelace', 'KE', 'name-and-group');
  const bo = await register('bo@example.org', 'Bo Privatename', 'IS', 'group-only', 'technical-community');
  const cy = await register('cy@example.org', 'Cy Young', 'BR', 'name-and-group', 'government');
  tokens = { ada, bo, cy };
  // Posted out of paragraph order on purpose: the report sorts them.
  const onFifth = await comment(cy, { kind: 'block', blockId: paragraphs[4] }, 'Echo needs a date.');
  const onThird = await comment(bo, { kind: 'block', blockId: paragraphs[2] }, 'Charlie is too vague.');
  const passage = await comment(
    ada,
    { kind: 'passage', blockId: paragraphs[0], start: 6, end: 9, quote: 'one' },
    'Why "one"?',
  );
  const onFirst = await comment(cy, { kind: 'block', blockId: paragraphs[0] }, 'Alpha is fine =SUM(A1)');
  const general = await comment(ada, { kind: 'general' }, 'Thank you for the <b>open</b> process.');
  hiddenId = await comment(cy, { kind: 'general' }, 'SECRET-HIDDEN abuse');
  await json(
    await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/comments/${hiddenId}/hide`, { reason: 'abusive' }),
  );
  expectedOrder.push(general, onFirst, passage, onThird, onFifth);
  // Real reactions for the report's tallies: ¶1 2 agree / 1 disagree, ¶3 0 / 1 (Ada changed her mind), ¶4 withdrawn.
  const react = async (token: string, blockId: string, reaction: Reaction | null) =>
    expect((await publicApi('POST', '/reactions', { blockId, reaction }, token)).status).toBe(204);
  await react(ada, paragraphs[0]!, 'agree');
  await react(cy, paragraphs[0]!, 'agree');
  await react(bo, paragraphs[0]!, 'disagree');
  await react(ada, paragraphs[2]!, 'agree');
  await react(ada, paragraphs[2]!, 'disagree');
  await react(cy, paragraphs[3]!, 'agree');
  await react(cy, paragraphs[3]!, null);
});
afterAll(async () => {
  editor?.close();
  client?.destroy();
  await server?.close();
});

describe('processing a round', () => {
  it('takes no disposition while the round is open', async () => {
    const early = await decide('member', expectedOrder[0]!, { disposition: 'noted' });
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('round_not_closed');
  });

  it('shows every published comment by paragraph, the paragraph as consulted beside the paragraph now', async () => {
    await json(await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/close`));
    editor.editor.update(
      () => {
        const third = $getRoot()
          .getChildren()
          .find((n) => n.getTextContent() === 'Charlie three.');
        const text = $isElementNode(third) ? third.getFirstChild() : null;
        if ($isTextNode(text)) text.setTextContent('Charlie three, within twelve months.');
      },
      { discrete: true },
    );
    await until(
      async () => (await liveTexts()).includes('Charlie three, within twelve months.'),
      'the edit on the server',
    );
    const view = await processing();
    expect(view.round.state).toBe('closed');
    expect(view.round.closedAt).toBe('2031-03-05T00:00:00.000Z');
    expect(view.progress).toEqual({ processed: 0, total: 5 });
    expect(view.general.map((c) => c.id)).toEqual([expectedOrder[0]]);
    const third = view.paragraphs.find((p) => p.frozen.id === paragraphs[2])!;
    expect(third.frozen.text).toBe('Charlie three.');
    expect(third.live?.text).toBe('Charlie three, within twelve months.');
    expect(third.comments.map((c) => c.text)).toEqual(['Charlie is too vague.']);
    expect(third.comments[0]!.author).toEqual({ stakeholderGroup: 'technical-community' });
    expect(JSON.stringify(view)).not.toContain('SECRET-HIDDEN');
  });

  it('lets editors decide, not observers or contributors, and checks the changed paragraph', async () => {
    for (const who of ['observer', 'contributor'] as const)
      expect((await decide(who, expectedOrder[3]!, { disposition: 'accepted' })).status).toBe(403);
    expect(
      (await decide('member', expectedOrder[3]!, { disposition: 'accepted', changedBlockId: 'no-such-block' })).status,
    ).toBe(400);
    expect((await decide('member', hiddenId, { disposition: 'noted' })).status).toBe(404);
    expect((await decide('member', expectedOrder[3]!, { disposition: 'bogus' })).status).toBe(400);
    const first = await json<{ disposition: string }>(
      await decide('member', expectedOrder[3]!, { disposition: 'noted', response: 'First thought.' }),
    );
    expect(first.disposition).toBe('noted');
    const decided = await json<{ disposition: string; changedBlockId: string; decidedBy: { name: string } }>(
      await decide('member', expectedOrder[3]!, {
        disposition: 'accepted',
        response: 'Clarified: <i>within twelve months</i>.',
        changedBlockId: paragraphs[2],
      }),
    );
    expect(decided).toMatchObject({ disposition: 'accepted', changedBlockId: paragraphs[2] });
    // Changing one's mind keeps the earlier decision on record.
    const history = await server.accord.sql.all<{ disposition: string }>(
      'SELECT disposition FROM comment_dispositions WHERE comment_id = ? ORDER BY seq',
      [expectedOrder[3]!],
    );
    expect(history.map((h) => h.disposition)).toEqual(['noted', 'accepted']);
    expect((await processing()).progress).toEqual({ processed: 1, total: 5 });
  });

  it('refuses the revised version while comments still need a disposition', async () => {
    const refused = await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/revision`, {});
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /4 of 5 comments still need a disposition/,
    );
    expect((await publicApi('GET', '/report?format=html')).status).toBe(404);
  });

  it('reports every comment exactly once in paragraph order, hidden ones in no format, group-only authors as their group', async () => {
    const answers = ['noted', 'partly-accepted', 'not-accepted', null, 'out-of-scope'] as const;
    for (const [i, id] of expectedOrder.entries()) {
      const disposition = answers[i];
      if (disposition) await json(await decide('coordinator', id, { disposition, response: `Response ${i}` }));
    }
    expect((await processing()).progress).toEqual({ processed: 5, total: 5 });

    const csv = parseCsv(await (await cast.api('member', 'GET', `/api/rounds/${roundId}/report?format=csv`)).text());
    const header = csv[0]!;
    const rows = csv.slice(1).filter((r) => r.length > 1);
    const idColumn = header.findIndex((h) => /comment id/i.test(h));
    expect(rows.map((r) => r[idColumn])).toEqual(expectedOrder);
    const boRow = rows.find((r) => r[idColumn] === expectedOrder[3])!;
    expect(boRow.join('|')).not.toMatch(/Bo Privatename|IS\b|Iceland/);
    expect(boRow.join('|')).toMatch(/Accepted/i);
    // A spreadsheet must not run a comment as a formula.
    expect(rows.flat().some((cell) => cell.startsWith('='))).toBe(false);
    // Paragraph numbers beside block ids, with each paragraph's agree/disagree tally.
    const column = (name: string) => header.indexOf(name);
    const cells = (row: string[]) =>
      ['block id', 'paragraph number', 'paragraph agree', 'paragraph disagree'].map((n) => row[column(n)]);
    expect(rows.map(cells)).toEqual([
      ['', '', '', ''],
      [paragraphs[0], '1', '2', '1'],
      [paragraphs[0], '1', '2', '1'],
      [paragraphs[2], '3', '0', '1'],
      [paragraphs[4], '5', '0', '0'],
    ]);

    const markdown = await (await cast.api('member', 'GET', `/api/rounds/${roundId}/report?format=markdown`)).text();
    const html = await (await cast.api('member', 'GET', `/api/rounds/${roundId}/report?format=html`)).text();
    const docx = unzip(
      new Uint8Array(
        await (await cast.api('member', 'GET', `/api/rounds/${roundId}/report?format=docx`)).arrayBuffer(),
      ),
    );
    const word = docx.get('word/document.xml')!.toString('utf8');
    for (const [name, text] of [
      ['markdown', markdown],
      ['html', html],
      ['docx', word],
    ] as const) {
      expect(text, name).not.toContain('SECRET-HIDDEN');
      expect(text, name).not.toContain('Bo Privatename');
      expect(text, name).not.toContain('Iceland');
      for (const c of ['Echo needs a date.', 'Charlie is too vague.'])
        expect(text.split(c).length - 1, `${name}: ${c}`).toBe(1);
      expect(text.indexOf('Charlie is too vague.'), name).toBeLessThan(text.indexOf('Echo needs a date.'));
      expect(text, name).toMatch(/Ada Lovelace/);
    }
    expect(markdown).toMatch(/Partly accepted/);
    expect(markdown).toContain(
      '| Paragraph 1 | 2 | 1 |\n| Paragraph 2 | 0 | 0 |\n| Paragraph 3 | 0 | 1 |\n| Paragraph 4 | 0 | 0 |\n| Paragraph 5 | 0 | 0 |\n| All paragraphs | 2 | 2 |',
    );
    expect(html).toContain('<p class="meta tally">2 agree, 1 disagree.</p>');
    expect(word).toContain('All paragraphs');
    expect(html).not.toContain('<b>open</b>');
    expect(html).not.toContain('<i>within');
    expect(html).toContain('<svg');
  });

  it('publishes the revised version once, which makes the report public', async () => {
    expect((await cast.api('member', 'POST', `/api/rounds/${roundId}/revision`, {})).status).toBe(403);
    const { revision } = await json<{ revision: { versionId: string; name: string } }>(
      await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/revision`, { name: 'Revised version' }),
      201,
    );
    expect(revision.name).toBe('Revised version');
    expect((await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/revision`, {})).status).toBe(409);
    // What the published report says stays said.
    const late = await decide('coordinator', expectedOrder[0]!, { disposition: 'accepted', response: 'Changed later' });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('already_published');
    const page = await json<{ revision: { versionId: string } | null }>(await publicApi('GET', ''));
    expect(page.revision?.versionId).toBe(revision.versionId);
    const versions = await json<{ versions: { id: string; name: string; answersRound?: unknown }[] }>(
      await cast.api('observer', 'GET', `/api/documents/${documentId}/versions`),
    );
    // The revised version names the round it answers (its page links the public report); the consulted draft does not.
    expect(versions.versions.map((v) => [v.name, v.answersRound])).toEqual([
      ['Revised version', { roundId, title: 'Spring consultation' }],
      ['Draft for public consultation', undefined],
    ]);
    const revised = await json<{ paragraphs: { text: string }[] }>(
      await cast.api(
        'observer',
        'GET',
        `/api/documents/${documentId}/versions/${revision.versionId}/content?format=json`,
      ),
    );
    expect(revised.paragraphs.map((p) => p.text)).toContain('Charlie three, within twelve months.');
    const publicReport = await publicApi('GET', '/report?format=markdown');
    expect(publicReport.status).toBe(200);
    const text = await publicReport.text();
    expect(text).toContain('Charlie is too vague.');
    expect(text).not.toContain('SECRET-HIDDEN');
    expect(text).toMatch(/Revised version/);
    expect((await publicApi('GET', '/report?format=pdf')).status).toBe(400);
  });

  it('shows the public each answer, tells a participant which comments are theirs by their session, and compares the revised text', async () => {
    const outcome = async (token?: string) =>
      PublicRoundOutcome.parse(await json(await publicApi('GET', '/outcome', undefined, token)));
    const anyone = await outcome();
    expect(anyone.yours).toEqual([]);
    expect(anyone.answers.map((a) => a.commentId).sort()).toEqual([...expectedOrder].sort());
    expect(anyone.answers.find((a) => a.commentId === expectedOrder[3])).toEqual({
      commentId: expectedOrder[3],
      disposition: 'accepted',
      response: 'Clarified: <i>within twelve months</i>.',
    });
    expect(JSON.stringify(anyone)).not.toMatch(/SECRET-HIDDEN|decidedBy|participantId/);
    // Ada wrote the general comment and the passage comment; Cy the other two (and a hidden one, never listed).
    expect((await outcome(tokens.ada)).yours).toEqual([expectedOrder[2], expectedOrder[0]]);
    expect((await outcome(tokens.cy)).yours).toEqual([expectedOrder[4], expectedOrder[1]]);
    expect((await outcome('not-a-token')).yours).toEqual([]);
    // A stranger who registers Ada's email again gets a session that owns nothing until the mailbox confirms it.
    clock = new Date('2031-03-03T00:00:00Z');
    const stranger = await json<{ token: string }>(
      await publicApi('POST', '/participants', {
        name: 'Not Ada',
        email: 'ada@example.org',
        stakeholderGroup: 'civil-society',
        country: 'KE',
      }),
      201,
    );
    clock = new Date('2031-03-30T00:00:00Z');
    expect((await outcome(stranger.token)).yours).toEqual([]);
    const third = anyone.paragraphs.find((p) => p.id === paragraphs[2])!;
    expect(third).toMatchObject({ kind: 'changed', fromNumber: 3, toNumber: 3, fromText: 'Charlie three.' });
    expect(third.words).toEqual([
      { op: 'equal', text: 'Charlie ' },
      { op: 'delete', text: 'three.' },
      { op: 'insert', text: 'three, within twelve months.' },
    ]);
    expect(anyone.paragraphs.find((p) => p.id === paragraphs[0])?.kind).toBe('unchanged');
    const view = await processing();
    expect(view.paragraphs.find((p) => p.frozen.id === paragraphs[2])?.change?.words).toEqual(third.words);
  });
});

describe('a round moderated before publication', () => {
  it('keeps pending comments out of processing and holds the revised version until they are moderated', async () => {
    const versions = await json<{ versions: { id: string; name: string }[] }>(
      await cast.api('coordinator', 'GET', `/api/documents/${documentId}/versions`),
    );
    const versionId = versions.versions.find((v) => v.name === 'Revised version')!.id;
    roundId = (
      await json<{ id: string }>(
        await cast.api('coordinator', 'POST', `/api/documents/${documentId}/rounds`, {
          versionId,
          title: 'Second reading',
          opensAt: '2031-04-01T00:00:00Z',
          closesAt: '2031-04-10T00:00:00Z',
          moderation: 'after-moderation',
        }),
        201,
      )
    ).id;
    clock = new Date('2031-04-02T00:00:00Z');
    const dee = await register('dee@example.org', 'Dee Pending', 'FR', 'name-and-group');
    const pending = await json<{ id: string; status: string }>(
      await publicApi('POST', '/comments', { anchor: { kind: 'general' }, text: 'PENDING-TEXT' }, dee),
      201,
    );
    expect(pending.status).toBe('pending');
    clock = new Date('2031-04-11T00:00:00Z');
    const view = await processing();
    expect(view.awaitingModeration).toBe(1);
    expect(view.progress).toEqual({ processed: 0, total: 0 });
    expect(JSON.stringify(view)).not.toContain('PENDING-TEXT');
    expect(await (await cast.api('member', 'GET', `/api/rounds/${roundId}/report?format=csv`)).text()).not.toContain(
      'PENDING-TEXT',
    );
    // The answers are the group's own until it publishes the revised version.
    expect((await publicApi('GET', '/outcome')).status).toBe(404);
    const held = await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/revision`, {});
    expect(held.status).toBe(409);
    expect(((await held.json()) as { error: { code: string } }).error.code).toBe('awaiting_moderation');
    await json(await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/comments/${pending.id}/restore`, {}));
    expect((await processing()).progress).toEqual({ processed: 0, total: 1 });
  });
});

describe('the demo workspace', () => {
  it('has a consultation round open on the BPF draft from the first start, with its public page', async () => {
    const { rounds } = await json<{ rounds: { id: string; state: string; title: string }[] }>(
      await cast.api('coordinator', 'GET', '/api/documents/bpf-women-online/rounds'),
    );
    expect(rounds).toHaveLength(1);
    const page = await json<{ round: { state: string }; paragraphs: unknown[] }>(
      await fetch(`${server.url}/api/public/rounds/${rounds[0]!.id}`),
    );
    expect(page.round.state).toBe(rounds[0]!.state);
    expect(page.paragraphs.length).toBeGreaterThan(5);
  });
});
