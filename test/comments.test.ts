/**
 * Comments end to end against an Accord in this process: threads on the seeded MAG summary
 * through the REST API, integrity against other people (REST and crafted WebSocket updates),
 * moderation, mentions, the CSV export read back, the live channel, and "text removed" after
 * an editor deletes a passage through Lexical and Yjs.
 */
import { $getSelection, $isRangeSelection, $isTextNode, $setSelection, $createRangeSelection } from 'lexical';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  $collectBlocks,
  $getBlockId,
  BlockIndex,
  openHeadlessCollabEditor,
  registerParagraphIds,
} from '@accord/editor';
import {
  CommentLiveEvent,
  CommentThread,
  CommentThreadList,
  DocumentContent,
  ThreadHistory,
  type CommentAnchor,
} from '@accord/schema';
import { bearer, demo, sessionHeaders, signIn } from './helpers/auth.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { parseCsv } from './helpers/csv.js';
import { castOf, type Cast, type Who } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { probeSocket } from './helpers/probe-socket.js';
import { openSse, type SseClient } from './helpers/sse.js';

const documentId = 'mag-2015-03-03-summary';
let server: InProcessAccord;
let cast: Cast;
let content: DocumentContent;
const opened: Array<{ destroy(): void }> = [];
const streams: SseClient[] = [];

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' });
  cast = await castOf(server, { outsider: true });
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

async function threads(who: Who = 'member'): Promise<CommentThread[]> {
  const response = await api(who, 'GET', `/api/documents/${documentId}/comments`);
  expect(response.status).toBe(200);
  return CommentThreadList.parse(await response.json()).threads;
}

async function openThread(
  who: Who,
  anchor: CommentAnchor,
  body: string,
  mentions: string[] = [],
): Promise<CommentThread> {
  const response = await api(who, 'POST', `/api/documents/${documentId}/comments`, { anchor, body, mentions });
  const text = await response.text();
  expect(response.status, text).toBe(201);
  return CommentThread.parse(JSON.parse(text));
}

/** A client's replica of the document, synced over the WebSocket as a browser's is. */
async function replica(who: Who = 'member'): Promise<StockClient> {
  const client = stockClient(server.wsUrl, documentId, { token: cast.token(who) });
  opened.push(client);
  await synced(client);
  return client;
}

/** A passage anchor on `words` in paragraph `n`, with positions made on the client's replica as its cursor makes them. */
async function passage(n: number, words: string, quote = words): Promise<CommentAnchor> {
  const { doc } = await replica();
  const index = new BlockIndex(doc);
  const block = index.byId(paragraph(n).id)!;
  const start = block.text.indexOf(words);
  expect(start, `"${words}" in paragraph ${n}`).toBeGreaterThanOrEqual(0);
  return {
    kind: 'passage',
    blockId: block.id,
    start: index.positionAt(block, start, 0),
    end: index.positionAt(block, start + words.length, -1),
    quote,
  };
}

/** Everything stored about comments, to compare before and after an attempt to change them. */
const storedComments = async () => ({
  threads: await server.accord.sql.all('SELECT * FROM comment_threads ORDER BY id'),
  comments: await server.accord.sql.all('SELECT * FROM comments ORDER BY id'),
  events: await server.accord.sql.all('SELECT * FROM comment_events ORDER BY seq'),
});

describe('opening threads', () => {
  it('anchors to a paragraph or a passage; the server records the passage’s own text as its quote', async () => {
    const block = await openThread('member', { kind: 'block', blockId: paragraph(2).id }, 'Which coordinators?');
    expect(block).toMatchObject({
      documentId,
      anchor: { kind: 'block', blockId: paragraph(2).id },
      status: 'open',
      textRemoved: false,
      location: { blockId: paragraph(2).id, number: 2 },
      comments: [
        {
          author: { id: cast.id('member'), name: expect.any(String), stakeholderGroup: expect.any(String) },
          body: 'Which coordinators?',
          editedAt: null,
          deletedAt: null,
        },
      ],
    });
    const anchor = await passage(3, 'lead experts', 'whatever the browser claims');
    const thread = await openThread('contributor', anchor, 'Who appoints them?');
    expect(thread.anchor).toMatchObject({
      kind: 'passage',
      quote: 'lead experts',
      prefix: expect.stringMatching(/for each BPF, $/),
      suffix: expect.stringMatching(/^ together with/),
    });
    expect(thread.location).toEqual({ blockId: paragraph(3).id, number: 3, label: '3' });
    expect((await threads()).map((t) => t.id)).toEqual(expect.arrayContaining([block.id, thread.id]));
  });

  it('refuses anchors that do not point into the live document, saying why', async () => {
    const refused = async (anchor: unknown, status: number, message: RegExp) => {
      const response = await api('member', 'POST', `/api/documents/${documentId}/comments`, { anchor, body: 'x' });
      const body = (await response.json()) as { error: { message: string } };
      expect(response.status, body.error.message).toBe(status);
      expect(body.error.message).toMatch(message);
    };
    await refused({ kind: 'block', blockId: 'pNoSuchBlock' }, 400, /no block pNoSuchBlock/);
    const inThree = await passage(3, 'lead experts');
    await refused({ ...inThree, blockId: paragraph(4).id }, 400, /must lie inside block/);
    if (inThree.kind !== 'passage') throw new Error('a passage');
    await refused({ ...inThree, end: inThree.start }, 400, /at least one character/);
    await refused({ ...inThree, start: { tname: 'comments' } }, 400, /positions in this document/);
    await refused({ ...inThree, start: { item: { client: 4242, clock: 99 } } }, 409, /not received yet/);
    await refused({ kind: 'passage', blockId: paragraph(3).id, quote: 'x' }, 400, /anchor\.start/);
    await refused({ kind: 'block', blockId: '<script>' }, 400, /must be a block id/);
  });

  it('is not for observers, and not for people of another workspace', async () => {
    const anchor = { kind: 'block', blockId: paragraph(1).id } as const;
    const before = await storedComments();
    const observer = await api('observer', 'POST', `/api/documents/${documentId}/comments`, {
      anchor,
      body: 'Observed.',
    });
    expect(observer.status).toBe(403);
    expect(((await observer.json()) as { error: { message: string } }).error.message).toBe(
      'observers cannot comment on this document',
    );
    expect(
      (await api('outsider', 'POST', `/api/documents/${documentId}/comments`, { anchor, body: 'Hello.' })).status,
    ).toBe(404);
    expect(await storedComments()).toEqual(before);
  });

  it('accepts mentions of the workspace’s people only', async () => {
    const anchor = { kind: 'block', blockId: paragraph(4).id } as const;
    const thread = await openThread('member', anchor, '@member2 please check', [
      cast.id('member2'),
      cast.id('member2'),
    ]);
    expect(thread.comments[0]!.mentions).toEqual([cast.id('member2')]);
    for (const stranger of [cast.id('outsider'), 'nobody-at-all']) {
      const response = await api('member', 'POST', `/api/documents/${documentId}/comments`, {
        anchor,
        body: 'Hi',
        mentions: [cast.id('member2'), stranger],
      });
      const body = (await response.json()) as { error: { message: string; issues: { path: string }[] } };
      expect(response.status).toBe(400);
      expect(body.error.message).toContain(`${stranger} holds no role in this workspace`);
      expect(body.error.issues).toEqual([{ path: 'mentions.1', message: expect.any(String) }]);
    }
  });

  it('lists who can be mentioned, names and groups only, to those who may comment', async () => {
    const listed = await api('contributor', 'GET', `/api/documents/${documentId}/people`);
    const { people } = (await listed.json()) as { people: Array<Record<string, unknown>> };
    expect(people.map((p) => p.id)).toEqual(
      expect.arrayContaining([cast.id('member'), cast.id('member2'), cast.id('observer')]),
    );
    expect(people.map((p) => p.id)).not.toContain(cast.id('outsider'));
    expect(Object.keys(people[0]!).sort()).toEqual(['id', 'name', 'stakeholderGroup']);
    expect((await api('observer', 'GET', `/api/documents/${documentId}/people`)).status).toBe(403);
  });
});

describe('integrity: a comment belongs to its author', () => {
  it('refuses another member’s edit or delete (403) and a moderator’s too, changing nothing', async () => {
    const thread = await openThread('member', { kind: 'block', blockId: paragraph(5).id }, 'My own words.');
    const commentId = thread.comments[0]!.id;
    const before = { stored: await storedComments(), listed: await threads() };
    for (const who of ['member2', 'coordinator', 'secretariat'] as const) {
      const edit = await api(who, 'PATCH', `/api/comments/${commentId}`, { body: 'Words put in my mouth.' });
      expect(edit.status).toBe(403);
      expect(((await edit.json()) as { error: { message: string } }).error.message).toBe(
        'you cannot edit someone else’s comment; only its author can',
      );
      expect((await api(who, 'DELETE', `/api/comments/${commentId}`)).status).toBe(403);
    }
    expect((await api('outsider', 'PATCH', `/api/comments/${commentId}`, { body: 'x' })).status).toBe(404);
    expect({ stored: await storedComments(), listed: await threads() }).toEqual(before);
    // The refusals are audited like any other.
    const refusals = await server.accord.sql.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'access.refused' AND detail LIKE '%comment.edit%'",
    );
    expect(refusals!.n).toBeGreaterThanOrEqual(3);
  });

  it('is unchanged by a member’s raw socket crafting Yjs updates to any type', async () => {
    const thread = await openThread('member', { kind: 'block', blockId: paragraph(6).id }, 'Said over REST.');
    const comment = thread.comments[0]!;
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member2'));
    opened.push({ destroy: () => socket.socket.close() });
    await socket.roundTrip();
    const before = {
      stored: await storedComments(),
      listed: await threads(),
      history: await (await api('member', 'GET', `/api/comment-threads/${thread.id}/history`)).json(),
    };

    // What a client could forge if comments were CRDT state: a comments map with the record
    // rewritten, a threads array, a text named after the thread, then a deletion of the entry.
    const forged = new Y.Doc();
    forged.getMap('comments').set(comment.id, {
      ...comment,
      body: 'Forged by member2',
      author: { id: cast.id('member2'), name: 'Member Two', stakeholderGroup: 'x' },
    });
    forged.getMap('comments').set(thread.id, { status: 'resolved', deleted: true });
    forged.getArray('threads').push([{ id: thread.id, comments: [] }]);
    forged.getText(thread.id).insert(0, 'forged');
    socket.sendUpdate(Y.encodeStateAsUpdate(forged));
    const before2 = Y.encodeStateVector(forged);
    forged.getMap('comments').delete(comment.id);
    socket.sendUpdate(Y.encodeStateAsUpdate(forged, before2));
    await socket.roundTrip();
    // The room took the updates (member2 may edit the document): they are document state now, and nothing more.
    const room = server.accord.collab.room(documentId)!;
    await until(() => room.doc.getMap('comments').get(thread.id) !== undefined, 'the crafted update to be applied');
    expect(socket.denials()).toEqual([]);

    expect({
      stored: await storedComments(),
      listed: await threads(),
      history: await (await api('member', 'GET', `/api/comment-threads/${thread.id}/history`)).json(),
    }).toEqual(before);
  });

  it('lets the author edit and delete; deletion leaves a tombstone while replies remain, and hides a thread with nothing left', async () => {
    const thread = await openThread('member', { kind: 'block', blockId: paragraph(7).id }, 'First draft of my point.');
    const first = thread.comments[0]!.id;
    const edited = CommentThread.parse(
      await (await api('member', 'PATCH', `/api/comments/${first}`, { body: 'Clearer point.' })).json(),
    );
    expect(edited.comments[0]).toMatchObject({ body: 'Clearer point.', editedAt: expect.any(String) });
    const replied = await api('contributor', 'POST', `/api/comment-threads/${thread.id}/replies`, { body: 'Agreed.' });
    expect(replied.status).toBe(201);
    const afterDelete = CommentThread.parse(await (await api('member', 'DELETE', `/api/comments/${first}`)).json());
    expect(afterDelete.comments.map((c) => [c.body, c.deletedAt === null])).toEqual([
      ['', false],
      ['Agreed.', true],
    ]);
    expect((await threads()).find((t) => t.id === thread.id)?.comments[0]).toMatchObject({
      id: first,
      body: '',
      deletedAt: expect.any(String),
    });
    const again = await api('member', 'PATCH', `/api/comments/${first}`, { body: 'Undeleted?' });
    expect(again.status).toBe(409);

    const lonely = await openThread('member', { kind: 'block', blockId: paragraph(7).id }, 'Never mind.');
    expect((await api('member', 'DELETE', `/api/comments/${lonely.comments[0]!.id}`)).status).toBe(200);
    expect((await threads()).map((t) => t.id)).not.toContain(lonely.id);
    expect((await api('member', 'POST', `/api/comment-threads/${lonely.id}/replies`, { body: 'Hello?' })).status).toBe(
      404,
    );
    const history = ThreadHistory.parse(
      await (await api('member', 'GET', `/api/comment-threads/${lonely.id}/history`)).json(),
    );
    expect(history.events.map((e) => e.action)).toEqual(['create', 'delete']);
  });
});

describe('resolving and reopening', () => {
  it('is for the thread’s author, coordinators and the secretariat, each change recorded', async () => {
    const thread = await openThread('contributor', { kind: 'block', blockId: paragraph(8).id }, 'Please clarify.');
    const other = await api('member', 'POST', `/api/comment-threads/${thread.id}/resolve`);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { message: string } }).error.message).toMatch(
      /^members cannot resolve or reopen someone else’s thread/,
    );
    expect((await api('observer', 'POST', `/api/comment-threads/${thread.id}/resolve`)).status).toBe(403);
    expect((await api('outsider', 'POST', `/api/comment-threads/${thread.id}/resolve`)).status).toBe(404);

    const resolved = CommentThread.parse(
      await (await api('contributor', 'POST', `/api/comment-threads/${thread.id}/resolve`)).json(),
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedAt: expect.any(String),
      resolvedBy: { id: cast.id('contributor') },
    });
    expect((await api('coordinator', 'POST', `/api/comment-threads/${thread.id}/resolve`)).status).toBe(409);
    expect((await api('coordinator', 'POST', `/api/comment-threads/${thread.id}/reopen`)).status).toBe(200);
    expect((await api('secretariat', 'POST', `/api/comment-threads/${thread.id}/resolve`)).status).toBe(200);

    const history = ThreadHistory.parse(
      await (await api('observer', 'GET', `/api/comment-threads/${thread.id}/history`)).json(),
    );
    expect(history.events.map((e) => [e.action, e.actor.id])).toEqual([
      ['create', cast.id('contributor')],
      ['resolve', cast.id('contributor')],
      ['reopen', cast.id('coordinator')],
      ['resolve', cast.id('secretariat')],
    ]);
    expect((await api('outsider', 'GET', `/api/comment-threads/${thread.id}/history`)).status).toBe(404);
  });
});

describe('the CSV export', () => {
  it('has one row per comment matching the threads, with formulas neutralised', async () => {
    const nasty = [
      '=HYPERLINK("http://evil.example","click")',
      '+1+1',
      '-2',
      '@SUM(A1)',
      '\tindented',
      'He said "yes", then\r\nleft',
      'Plain, with a comma',
    ];
    const thread = await openThread('member', await passage(9, 'IGF'), nasty[0]!);
    for (const body of nasty.slice(1))
      expect((await api('member2', 'POST', `/api/comment-threads/${thread.id}/replies`, { body })).status).toBe(201);

    const response = await api('coordinator', 'GET', `/api/documents/${documentId}/comments?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${documentId}-comments.csv"`);
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'thread id',
      'paragraph number',
      'block id',
      'quote',
      'status',
      'text removed',
      'comment id',
      'author',
      'stakeholder group',
      'created at',
      'body',
      'deleted at',
    ]);

    const listed = await threads('coordinator');
    const expected = listed.flatMap((t) =>
      t.comments.map((c) => [
        t.id,
        t.location?.number == null ? '' : String(t.location.number),
        t.location?.blockId ?? t.anchor.blockId,
        t.anchor.kind === 'passage' ? t.anchor.quote : '',
        t.status,
        t.textRemoved ? 'yes' : 'no',
        c.id,
        c.author.name,
        c.author.stakeholderGroup,
        c.createdAt,
        /^[=+\-@\t\r]/.test(c.body) ? `'${c.body}` : c.body,
        c.deletedAt ?? '',
      ]),
    );
    expect(rows).toEqual(expected);
    const mine = rows.filter((r) => r[0] === thread.id);
    expect(mine.map((r) => r[10])).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      "'+1+1",
      "'-2",
      "'@SUM(A1)",
      'indented',
      'He said "yes", then\r\nleft',
      'Plain, with a comma',
    ]);
    expect(mine[0]!.slice(1, 6)).toEqual(['9', paragraph(9).id, 'IGF', 'open', 'no']);
    expect(mine.every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(r[9]!))).toBe(true);
    expect((await api('member', 'GET', `/api/documents/${documentId}/comments?format=xlsx`)).status).toBe(400);
  });
});

describe('the live channel', () => {
  const liveUrl = () => `${server.url}/api/documents/${documentId}/comments/live`;

  it('delivers a new reply to every subscriber within a second, and forgets them when they leave', async () => {
    const thread = await openThread('member', { kind: 'block', blockId: paragraph(10).id }, 'Live?');
    const session = await signIn(server.url, demo.member);
    const a = await openSse(liveUrl(), { cookie: session.cookie });
    const b = await openSse(liveUrl(), bearer(cast.token('member2')));
    streams.push(a, b);
    expect([a.status, b.status]).toEqual([200, 200]);
    await until(() => a.named.includes('ready') && b.named.includes('ready'), 'both streams to open');
    expect(server.accord.commentSubscribers(documentId)).toBe(2);

    const sent = Date.now();
    const reply = CommentThread.parse(
      await (
        await api('contributor', 'POST', `/api/comment-threads/${thread.id}/replies`, { body: 'Yes, live.' })
      ).json(),
    );
    const replyId = reply.comments.at(-1)!.id;
    const delivered = (s: SseClient) =>
      s.messages.map((m) => CommentLiveEvent.parse(m)).some((e) => e.thread.comments.some((c) => c.id === replyId));
    await until(() => delivered(a) && delivered(b), 'the reply on both streams', 1000);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(CommentLiveEvent.parse(b.messages.at(-1))).toEqual({ type: 'thread', thread: reply });

    a.close();
    b.close();
    await until(() => server.accord.commentSubscribers(documentId) === 0, 'the server to drop closed streams');
  });

  it('refuses those who cannot read, and ends a stream when its session signs out', async () => {
    expect((await openSse(liveUrl(), {})).status).toBe(401);
    expect((await openSse(liveUrl(), bearer(cast.token('outsider')))).status).toBe(404);
    const observer = await openSse(liveUrl(), bearer(cast.token('observer')));
    streams.push(observer);
    expect(observer.status).toBe(200);

    const session = await signIn(server.url, demo.member2);
    const stream = await openSse(liveUrl(), { cookie: session.cookie });
    streams.push(stream);
    await until(() => stream.named.includes('ready'), 'the stream to open');
    expect(
      (await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: sessionHeaders(session) })).status,
    ).toBeLessThan(300);
    const thread = await openThread('member', { kind: 'block', blockId: paragraph(11).id }, 'After sign-out.');
    await stream.ended;
    expect(stream.messages).toEqual([]);
    await until(
      () => observer.messages.some((m) => CommentLiveEvent.parse(m).thread.id === thread.id),
      'the observer to see the thread',
    );
  });
});

describe('text removed', () => {
  it('marks a passage whose text an editor deleted, keeping its quote', async () => {
    const words = 'wide consultation';
    const thread = await openThread('member', await passage(6, words), 'Define "wide".');
    expect(thread.textRemoved).toBe(false);
    const streamOfOthers = await openSse(
      `${server.url}/api/documents/${documentId}/comments/live`,
      bearer(cast.token('member2')),
    );
    streams.push(streamOfOthers);

    // A member deletes the words in their editor, as the browser does: Lexical through @lexical/yjs.
    const client = await replica('member');
    const session = openHeadlessCollabEditor(client.doc);
    const stopIds = registerParagraphIds(session.editor);
    opened.push({ destroy: () => (stopIds(), session.close()) });
    session.editor.update(
      () => {
        const block = $collectBlocks().find((b) => $getBlockId(b) === paragraph(6).id)!;
        let offset = block.getTextContent().indexOf(words);
        const node = block.getAllTextNodes().find((n) => {
          if (offset < n.getTextContentSize()) return true;
          offset -= n.getTextContentSize();
          return false;
        });
        if (!node || !$isTextNode(node)) throw new Error('no text node holds the words');
        const selection = $createRangeSelection();
        selection.anchor.set(node.getKey(), offset, 'text');
        selection.focus.set(node.getKey(), offset + words.length, 'text');
        $setSelection(selection);
        const current = $getSelection();
        if ($isRangeSelection(current)) current.removeText();
      },
      { discrete: true },
    );
    await until(
      async () => (await threads()).find((t) => t.id === thread.id)!.textRemoved,
      'the thread to show its text removed',
    );
    const shown = (await threads()).find((t) => t.id === thread.id)!;
    expect(shown).toMatchObject({ textRemoved: true, location: null, anchor: { kind: 'passage', quote: words } });
    const csv = parseCsv(await (await api('member', 'GET', `/api/documents/${documentId}/comments?format=csv`)).text());
    expect(csv.find((r) => r[0] === thread.id)!.slice(3, 6)).toEqual([words, 'open', 'yes']);

    // A change to the thread tells subscribers how it stands now.
    await api('member', 'POST', `/api/comment-threads/${thread.id}/resolve`);
    await until(
      () => streamOfOthers.messages.some((m) => CommentLiveEvent.parse(m).thread.status === 'resolved'),
      'the resolution live',
    );
    expect(CommentLiveEvent.parse(streamOfOthers.messages.at(-1)).thread).toMatchObject({
      id: thread.id,
      textRemoved: true,
    });
  });
});
