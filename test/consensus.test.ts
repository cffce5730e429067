/**
 * Tracked consensus end to end against an Accord in this process, on the seeded MAG summary:
 * the status workflow and its refusals, brackets made in the editor (headless Lexical over
 * the WebSocket) with attributed alternatives and a resolution that reaches every connected
 * client, "changed since agreed", positions with the group-aware score, positions that a raw
 * socket cannot forge, and the live channel.
 */
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  $bracketedText,
  $bracketPassage,
  $collectBlocks,
  $listBrackets,
  $getBlockId,
  $getBracketId,
  $ownText,
  openHeadlessCollabEditor,
  registerParagraphIds,
  type HeadlessCollabEditor,
} from '@accord/editor';
import { $getSelection, $isRangeSelection } from 'lexical';
import {
  BracketAlternative,
  ConsensusDashboard,
  ConsensusLiveEvent,
  DocumentConsensus,
  DocumentContent,
  ParagraphConsensus,
  ParagraphHistory,
  StatusChange,
} from '@accord/schema';
import { bearer } from './helpers/auth.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { castOf, type Cast, type Who } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { handMadeUpdate, probeSocket } from './helpers/probe-socket.js';
import { openSse, type SseClient } from './helpers/sse.js';

const documentId = 'mag-2015-03-03-summary';
let server: InProcessAccord;
let cast: Cast;
let content: DocumentContent;
const opened: Array<{ destroy(): void }> = [];
const streams: SseClient[] = [];

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' });
  cast = await castOf(server);
  content = DocumentContent.parse(
    await (await api('member', 'GET', `/api/documents/${documentId}/content?format=json`)).json(),
  );
});
afterEach(() => {
  opened.splice(0).forEach((o) => o.destroy());
  streams.splice(0).forEach((s) => s.close());
});
afterAll(() => server?.close());

const api = (who: Who, method: string, path: string, body?: unknown) => cast.api(who, method, path, body);

/** The numbered paragraph `n` of the seeded document. */
const paragraph = (n: number) => content.paragraphs.find((p) => p.number === n)!;
const paragraphPath = (n: number, rest: string) => `/api/documents/${documentId}/paragraphs/${paragraph(n).id}/${rest}`;

async function expectStatus(response: Response, status: number): Promise<unknown> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text);
}

async function consensus(who: Who = 'member'): Promise<DocumentConsensus> {
  return DocumentConsensus.parse(
    await expectStatus(await api(who, 'GET', `/api/documents/${documentId}/consensus`), 200),
  );
}

const view = async (n: number): Promise<ParagraphConsensus> =>
  (await consensus()).paragraphs.find((p) => p.blockId === paragraph(n).id)!;

/** A client's replica with a headless editor bound to it, as a browser's editor is. */
async function editorOf(who: Who): Promise<{ client: StockClient; session: HeadlessCollabEditor }> {
  const client = stockClient(server.wsUrl, documentId, { token: cast.token(who) });
  await synced(client);
  const session = openHeadlessCollabEditor(client.doc);
  const stopIds = registerParagraphIds(session.editor);
  opened.push({ destroy: () => (stopIds(), session.close(), client.destroy()) });
  return { client, session };
}

/** Brackets `words` of paragraph `n` in `session`'s editor; returns the bracket id once the server has it. */
async function bracketWords(session: HeadlessCollabEditor, n: number, words: string): Promise<string> {
  let id = '';
  session.editor.update(
    () => {
      const start = paragraph(n).text.indexOf(words);
      expect(start, `"${words}" in paragraph ${n}`).toBeGreaterThanOrEqual(0);
      id = $getBracketId($bracketPassage(paragraph(n).id, start, start + words.length));
    },
    { discrete: true },
  );
  await until(async () => (await view(n)).brackets.some((b) => b.id === id), 'the server to hold the bracket');
  return id;
}

/** Types `text` at character `offset` of paragraph `n`'s own text in `session`'s editor, as a keystroke would. */
function typeAt(session: HeadlessCollabEditor, n: number, offset: number, text: string): void {
  session.editor.update(
    () => {
      const block = $collectBlocks().find((x) => $getBlockId(x) === paragraph(n).id)!;
      let remaining = offset;
      for (const node of block.getAllTextNodes()) {
        if (remaining <= node.getTextContentSize()) {
          node.select(remaining, remaining);
          break;
        }
        remaining -= node.getTextContentSize();
      }
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      selection.insertText(text);
    },
    { discrete: true },
  );
}

/** The text of paragraph `n` in a replica. */
const replicaText = (session: HeadlessCollabEditor, n: number): string =>
  session.editor.read(() => $ownText($collectBlocks().find((b) => $getBlockId(b) === paragraph(n).id)!));

describe('paragraph status', () => {
  it('is set by coordinators with every change recorded; members propose; others are refused with the reason', async () => {
    const contested = ParagraphConsensus.parse(
      await expectStatus(
        await api('coordinator', 'PUT', paragraphPath(1, 'status'), { status: 'contested', note: 'two views' }),
        200,
      ),
    );
    expect(contested).toMatchObject({
      blockId: paragraph(1).id,
      number: 1,
      status: 'contested',
      statusSetBy: { name: 'Lucas Ferreira' },
      changedSinceAgreed: false,
    });

    const refused = (await expectStatus(
      await api('member', 'PUT', paragraphPath(1, 'status'), { status: 'agreed' }),
      403,
    )) as { error: { message: string } };
    expect(refused.error.message).toBe('members cannot set paragraph statuses');
    expect(
      (
        (await expectStatus(
          await api('contributor', 'POST', paragraphPath(1, 'status-proposals'), { status: 'agreed' }),
          403,
        )) as { error: { message: string } }
      ).error.message,
    ).toBe('contributors cannot propose paragraph statuses');

    const proposal = StatusChange.parse(
      await expectStatus(
        await api('member', 'POST', paragraphPath(1, 'status-proposals'), {
          status: 'under-discussion',
          note: 'we are close',
        }),
        201,
      ),
    );
    expect(proposal).toMatchObject({
      kind: 'proposed',
      from: 'contested',
      to: 'under-discussion',
      actor: { name: 'Mei Tanaka', stakeholderGroup: 'technical-community' },
    });
    expect((await view(1)).status).toBe('contested');
    expect((await view(1)).proposals.map((p) => p.seq)).toEqual([proposal.seq]);

    await expectStatus(
      await api('coordinator', 'PUT', paragraphPath(1, 'status'), { status: 'under-discussion' }),
      200,
    );
    expect((await view(1)).proposals).toEqual([]);
    const again = (await expectStatus(
      await api('coordinator', 'PUT', paragraphPath(1, 'status'), { status: 'under-discussion' }),
      409,
    )) as { error: { code: string } };
    expect(again.error.code).toBe('no_change');

    const history = ParagraphHistory.parse(
      await expectStatus(await api('observer', 'GET', paragraphPath(1, 'history')), 200),
    );
    expect(history.statusChanges.map((c) => [c.kind, c.from, c.to, c.actor.name, c.note])).toEqual([
      ['set', 'drafting', 'contested', 'Lucas Ferreira', 'two views'],
      ['proposed', 'contested', 'under-discussion', 'Mei Tanaka', 'we are close'],
      ['set', 'contested', 'under-discussion', 'Lucas Ferreira', ''],
    ]);
  });

  it('validates what it is sent: the status, the note, the paragraph', async () => {
    const bad = (await expectStatus(
      await api('coordinator', 'PUT', paragraphPath(1, 'status'), { status: 'settled' }),
      400,
    )) as { error: { issues: { path: string }[] } };
    expect(bad.error.issues[0]!.path).toBe('status');
    await expectStatus(
      await api('coordinator', 'PUT', paragraphPath(1, 'status'), { status: 'contested', note: 'x'.repeat(2001) }),
      400,
    );
    await expectStatus(
      await api('coordinator', 'PUT', paragraphPath(1, 'status'), { status: 'contested', extra: 1 }),
      400,
    );
    const unknown = (await expectStatus(
      await api('coordinator', 'PUT', `/api/documents/${documentId}/paragraphs/pNoSuchBlock/status`, {
        status: 'contested',
      }),
      400,
    )) as { error: { code: string } };
    expect(unknown.error.code).toBe('unknown_block');
    await expectStatus(
      await api(
        'coordinator',
        'PUT',
        `/api/documents/${documentId}/paragraphs/${encodeURIComponent('<script>')}/status`,
        { status: 'contested' },
      ),
      404,
    );
  });
});

describe('brackets', () => {
  it('are made in the editor, block agreement until resolved, keep each alternative’s attribution, and their resolution reaches every client', async () => {
    const { session: memberEditor } = await editorOf('member');
    const { session: observerReplica } = await editorOf('observer');
    const words = 'robust discussion';
    const bracketId = await bracketWords(memberEditor, 5, words);
    expect((await view(5)).bracketedText).toContain(`A [${words}] was held`);

    const refused = (await expectStatus(
      await api('coordinator', 'PUT', paragraphPath(5, 'status'), { status: 'agreed' }),
      409,
    )) as { error: { code: string; message: string } };
    expect(refused.error.code).toBe('open_brackets');
    expect(refused.error.message).toBe(
      `paragraph 5 cannot be marked agreed: it has 1 unresolved bracket: [${words}] (${bracketId}). Resolve it first.`,
    );

    const alt1 = BracketAlternative.parse(
      await expectStatus(
        await api('member', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, {
          text: 'lively exchange',
        }),
        201,
      ),
    );
    const alt2 = BracketAlternative.parse(
      await expectStatus(
        await api('member2', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, {
          text: 'brief debate',
        }),
        201,
      ),
    );
    await expectStatus(
      await api('contributor', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, {
        text: 'mine',
      }),
      403,
    );
    await expectStatus(
      await api('member', 'POST', `/api/documents/${documentId}/brackets/bNoSuchBracket/alternatives`, { text: 'x' }),
      404,
    );
    const bracket = (await view(5)).brackets.find((b) => b.id === bracketId)!;
    expect(bracket.alternatives.map((a) => [a.label, a.text, a.proposedBy.name, a.stakeholderGroup])).toEqual([
      ['Alt 1', 'lively exchange', 'Mei Tanaka', 'technical-community'],
      ['Alt 2', 'brief debate', 'Jonas Berg', 'private-sector'],
    ]);
    expect(alt1.id).not.toBe(alt2.id);

    await expectStatus(
      await api('member', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/resolution`, {
        choice: 'alternative',
        alternativeId: alt2.id,
      }),
      403,
    );
    await expectStatus(
      await api('coordinator', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/resolution`, {
        choice: 'alternative',
        alternativeId: 'no-such-alt',
      }),
      400,
    );
    const resolved = ParagraphConsensus.parse(
      await expectStatus(
        await api('coordinator', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/resolution`, {
          choice: 'alternative',
          alternativeId: alt2.id,
          note: 'shorter',
        }),
        200,
      ),
    );
    expect(resolved.openBrackets).toBe(0);
    expect(resolved.text).toContain('A brief debate was held');
    expect(resolved.brackets).toEqual([
      expect.objectContaining({
        id: bracketId,
        state: 'resolved',
        resolution: expect.objectContaining({
          choice: 'alternative',
          alternativeId: alt2.id,
          previousText: words,
          text: 'brief debate',
          note: 'shorter',
          resolvedBy: expect.objectContaining({ name: 'Lucas Ferreira' }),
        }),
      }),
    ]);
    // Every connected client, the editor and a read-only replica, gets the new text.
    await until(
      () => replicaText(memberEditor, 5).includes('A brief debate was held'),
      'the member’s editor to get the resolution',
    );
    await until(
      () => replicaText(observerReplica, 5).includes('A brief debate was held'),
      'the observer’s replica to get the resolution',
    );
    const again = (await expectStatus(
      await api('coordinator', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/resolution`, {
        choice: 'bracketed',
      }),
      409,
    )) as { error: { code: string } };
    expect(again.error.code).toBe('already_resolved');
    await expectStatus(
      await api('member', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, {
        text: 'too late',
      }),
      409,
    );

    // Agreed now; an edit flags it until a coordinator re-confirms.
    expect(
      (await expectStatus(
        await api('coordinator', 'PUT', paragraphPath(5, 'status'), { status: 'agreed' }),
        200,
      )) as ParagraphConsensus,
    ).toMatchObject({ status: 'agreed', changedSinceAgreed: false });
    memberEditor.editor.update(
      () => {
        const block = $collectBlocks().find((b) => $getBlockId(b) === paragraph(5).id)!;
        block.getLastDescendant()!.selectEnd();
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(' Edited.');
      },
      { discrete: true },
    );
    await until(async () => (await view(5)).changedSinceAgreed, 'the paragraph to show it changed since agreed');
    expect(
      (await expectStatus(
        await api('coordinator', 'PUT', paragraphPath(5, 'status'), { status: 'agreed', note: 're-confirmed' }),
        200,
      )) as ParagraphConsensus,
    ).toMatchObject({ changedSinceAgreed: false });
  });

  it('keep their boundaries when two members type inside and around them at the same time, through the server', async () => {
    const { session: a } = await editorOf('member');
    const { session: b } = await editorOf('member2');
    const text = paragraph(10).text;
    const bracketId = await bracketWords(a, 10, 'concise information');
    await until(
      () => b.editor.read(() => $listBrackets().some((x) => x.id === bracketId)),
      'the other member to see the bracket',
    );
    const start = text.indexOf('concise information');
    // Both edit before either hears of the other's change.
    typeAt(a, 10, start + 'concise'.length, ' and accurate');
    typeAt(b, 10, start + 'concise information'.length, ' only');
    typeAt(b, 10, start, 'brief, ');
    const expected = text.replace('concise information', 'brief, [concise and accurate information] only');
    await until(async () => (await view(10)).bracketedText === expected, 'the server to merge both edits');
    for (const replica of [a, b])
      await until(
        () =>
          replica.editor.read(() =>
            $bracketedText($collectBlocks().find((x) => $getBlockId(x) === paragraph(10).id)!),
          ) === expected,
        'both editors to converge',
      );
    expect((await view(10)).brackets.map((x) => [x.id, x.text])).toEqual([
      [bracketId, 'concise and accurate information'],
    ]);
  });

  it('can be resolved by keeping the bracketed text, which removes only the brackets', async () => {
    const { session } = await editorOf('member2');
    const bracketId = await bracketWords(session, 6, 'single document');
    const resolved = ParagraphConsensus.parse(
      await expectStatus(
        await api('secretariat', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/resolution`, {
          choice: 'bracketed',
        }),
        200,
      ),
    );
    expect(resolved.bracketedText).toBe(paragraph(6).text);
    await until(() => replicaText(session, 6) === paragraph(6).text, 'the editor to lose the brackets');
  });
});

describe('positions', () => {
  it('keep one current position per person, aggregate by stakeholder group and score agreement across groups', async () => {
    await expectStatus(
      await api('member', 'PUT', paragraphPath(7, 'position'), { position: 'oppose', reason: 'too vague' }),
      200,
    );
    await expectStatus(
      await api('member', 'PUT', paragraphPath(7, 'position'), { position: 'support', reason: 'clearer now' }),
      200,
    );
    await expectStatus(
      await api('member2', 'PUT', paragraphPath(7, 'position'), {
        position: 'support-with-reservation',
        reason: 'budget',
      }),
      200,
    );
    const last = ParagraphConsensus.parse(
      await expectStatus(
        await api('coordinator', 'PUT', paragraphPath(7, 'position'), { position: 'oppose', reason: '<b>not</b> yet' }),
        200,
      ),
    );
    await expectStatus(await api('observer', 'PUT', paragraphPath(7, 'position'), { position: 'support' }), 403);
    await expectStatus(await api('contributor', 'PUT', paragraphPath(7, 'position'), { position: 'support' }), 403);
    await expectStatus(await api('member', 'PUT', paragraphPath(7, 'position'), { position: 'maybe' }), 400);

    expect(last.positions.map((p) => [p.person.name, p.stakeholderGroup, p.position, p.reason])).toEqual([
      ['Mei Tanaka', 'technical-community', 'support', 'clearer now'],
      ['Jonas Berg', 'private-sector', 'support-with-reservation', 'budget'],
      ['Lucas Ferreira', 'civil-society', 'oppose', '<b>not</b> yet'],
    ]);
    expect(last.groups.map((g) => [g.stakeholderGroup, g.respondents, g.agreement])).toEqual([
      ['private-sector', 1, 2 / 3],
      ['civil-society', 1, 1 / 3],
      ['technical-community', 1, 2 / 3],
    ]);
    // (1+1)/(1+2) · (1+1)/(1+2) · (0+1)/(1+2), times 1/2 for the silent intergovernmental group
    // (the demo secretariat's: every group that may record positions counts) = 2/27
    expect(last.score).toBeCloseTo(2 / 27, 12);
    const history = ParagraphHistory.parse(
      await expectStatus(await api('member', 'GET', paragraphPath(7, 'history')), 200),
    );
    expect(history.positions.map((p) => [p.person.name, p.position])).toEqual([
      ['Mei Tanaka', 'oppose'],
      ['Mei Tanaka', 'support'],
      ['Jonas Berg', 'support-with-reservation'],
      ['Lucas Ferreira', 'oppose'],
    ]);
  });

  it('cannot be forged through the WebSocket: they are not document state', async () => {
    const before = await view(7);
    const rows = () => server.accord.sql.all('SELECT * FROM positions ORDER BY document_id, block_id, person_id');
    const stored = await rows();
    for (const who of ['member', 'observer'] as const) {
      const socket = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token(who));
      await socket.roundTrip();
      // What a forger would try: positions in the shared doc, as if they were CRDT state.
      const doc = new Y.Doc();
      doc.getMap('positions').set(`${paragraph(7).id}:member2`, { position: 'oppose', reason: 'forged' });
      socket.sendUpdate(Y.encodeStateAsUpdate(doc));
      socket.sendUpdate(handMadeUpdate('position', 'oppose'));
      await socket.roundTrip();
      socket.socket.close();
    }
    expect(await rows()).toEqual(stored);
    expect((await view(7)).positions).toEqual(before.positions);
  });
});

describe('the dashboard', () => {
  it('shows every paragraph in document order with status, brackets, groups and score, with totals and a trend ending today', async () => {
    const dashboard = ConsensusDashboard.parse(
      await expectStatus(await api('observer', 'GET', `/api/documents/${documentId}/consensus/dashboard`), 200),
    );
    const numbers = dashboard.paragraphs.map((p) => p.number).filter((n) => n !== null);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.length).toBe(content.paragraphs.filter((p) => p.number !== null).length);
    const byNumber = (n: number) => dashboard.paragraphs.find((p) => p.number === n)!;
    expect(byNumber(1)).toMatchObject({ blockId: paragraph(1).id, status: 'under-discussion', openBrackets: 0 });
    expect(byNumber(5)).toMatchObject({ status: 'agreed', changedSinceAgreed: false });
    expect(byNumber(7).score).toBeCloseTo(2 / 27, 12);
    expect(byNumber(7).groups.map((g) => g.stakeholderGroup)).toEqual([
      'private-sector',
      'civil-society',
      'technical-community',
    ]);
    expect(dashboard.stakeholderGroups.map((g) => g.id)).toEqual(
      expect.arrayContaining(['government', 'civil-society', 'private-sector', 'technical-community']),
    );
    const { totals } = dashboard;
    expect(Object.values(totals.byStatus).reduce((a, b) => a + b, 0)).toBe(totals.paragraphs);
    expect(totals.byStatus.agreed).toBeGreaterThanOrEqual(1);
    expect(totals.positions).toBe(3);
    const today = dashboard.trend[dashboard.trend.length - 1]!;
    expect(today.date).toBe(new Date().toISOString().slice(0, 10));
    expect(today.byStatus).toEqual(totals.byStatus);
  });
});

describe('the live channel', () => {
  it('streams paragraph changes and text changes to readers, in order', async () => {
    const stream = await openSse(
      `${server.url}/api/documents/${documentId}/consensus/live`,
      bearer(cast.token('observer')),
    );
    streams.push(stream);
    expect(stream.status).toBe(200);
    await until(() => stream.named.includes('ready'), 'the stream to be ready');
    await expectStatus(await api('coordinator', 'PUT', paragraphPath(8, 'status'), { status: 'contested' }), 200);
    await expectStatus(
      await api('member', 'PUT', paragraphPath(8, 'position'), { position: 'oppose', reason: 'no' }),
      200,
    );
    // A text change announced late from an earlier test may come in between: only paragraph events count here.
    const paragraphEvents = () =>
      stream.messages.map((m) => ConsensusLiveEvent.parse(m)).filter((e) => e.type === 'paragraph');
    await until(() => paragraphEvents().length >= 2, 'two paragraph events');
    expect(
      paragraphEvents().map((e) =>
        e.type === 'paragraph' ? [e.paragraph.blockId, e.paragraph.status, e.paragraph.positions.length] : e.type,
      ),
    ).toEqual([
      [paragraph(8).id, 'contested', 0],
      [paragraph(8).id, 'contested', 1],
    ]);
    const { session } = await editorOf('member');
    await bracketWords(session, 8, 'virtual meetings');
    await until(
      () => stream.messages.some((m) => (m as { type: string }).type === 'content'),
      'a content event after the edit',
      5000,
    );
  });

  it('is refused to people without access', async () => {
    const stream = await openSse(`${server.url}/api/documents/${documentId}/consensus/live`, {});
    expect(stream.status).toBe(401);
  });
});
