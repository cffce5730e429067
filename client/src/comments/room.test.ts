import type { Access, CommentThread } from '@accord/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../api.js';
import type { CommentsApi } from './api.js';
import type { EventSourceLike } from './live.js';
import { CommentsRoom, type Draft } from './room.js';
import { comment, jonas, mei, thread } from './testing/fixtures.js';

class FakeSource implements EventSourceLike {
  readyState = 0;
  #listeners = new Map<string, Array<(event: { data?: unknown }) => void>>();
  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data?: unknown) {
    for (const l of this.#listeners.get(type) ?? []) l({ data: JSON.stringify(data ?? {}) });
  }
  close() {
    this.readyState = 2;
  }
}

const member: Access = { role: 'member', allowed: ['document.read', 'document.edit', 'comment.create'] };
const observer: Access = { role: 'observer', allowed: ['document.read'] };
const coordinator: Access = { role: 'coordinator', allowed: ['document.read', 'comment.create', 'comment.moderate'] };
const draft: Draft = { anchor: { kind: 'block', blockId: 'b1' }, about: '', number: 1, note: null };

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

function setup(options: { online?: boolean; storage?: ReturnType<typeof memoryStorage> } = {}) {
  let online = options.online ?? true;
  const sources: FakeSource[] = [];
  const events = new EventTarget();
  const storage = options.storage ?? memoryStorage();
  const created = thread('t-new', [comment('c-new', mei, 'hello')]);
  const api = {
    list: vi.fn(async (): Promise<CommentThread[]> => []),
    create: vi.fn(async () => created),
    reply: vi.fn(async (threadId: string) =>
      thread(threadId, [comment('c1', jonas, 'first'), comment('c2', mei, 'reply')]),
    ),
    edit: vi.fn(async (commentId: string) =>
      thread('t1', [comment(commentId, mei, 'edited', { editedAt: '2026-01-02T00:00:00Z' })]),
    ),
    remove: vi.fn(async (commentId: string) =>
      thread('t1', [comment(commentId, mei, '', { deletedAt: '2026-01-02T00:00:00Z' })]),
    ),
    resolve: vi.fn(async (id: string) => thread(id, [comment('c1', mei, 'first')], { status: 'resolved' })),
    reopen: vi.fn(),
    people: vi.fn(async () => [mei, jonas]),
  } satisfies CommentsApi;
  const room = new CommentsRoom({
    documentId: 'doc',
    person: mei,
    api,
    openEvents: () => {
      const s = new FakeSource();
      sources.push(s);
      return s;
    },
    storage,
    isOnline: () => online,
    events: events as unknown as Window,
    loadGroupNames: async () => [{ id: 'private-sector', name: 'Private sector' }],
  });
  room.setAccess(member);
  return {
    room,
    api,
    sources,
    storage,
    created,
    goOnline() {
      online = true;
      events.dispatchEvent(new Event('online'));
    },
    goOffline() {
      online = false;
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CommentsRoom', () => {
  it('loads the list after the feed is ready and applies live threads (the page announces them)', async () => {
    const { room, api, sources } = setup();
    const first = thread('t1', [comment('c1', jonas, 'first')]);
    api.list.mockResolvedValueOnce([first]);
    room.start();
    sources[0]!.emit('ready');
    await vi.runAllTimersAsync();
    expect(room.getSnapshot()).toMatchObject({ loaded: true, feed: 'live', threads: [first] });
    sources[0]!.emit('message', {
      type: 'thread',
      thread: thread('t1', [comment('c1', jonas, 'first'), comment('c2', jonas, 'more')]),
    });
    expect(room.getSnapshot().threads[0]!.comments).toHaveLength(2);
    // Said by the page's announcer, with the author and the paragraph (a11y/useLiveAnnouncements.ts), not twice.
    expect(room.getSnapshot().announcement).toBeNull();
  });

  it('posts a new thread from the draft and makes it the active one', async () => {
    const { room, api, created } = setup();
    room.start();
    room.startDraft(draft);
    expect(room.getSnapshot().draft).toEqual(draft);
    await vi.runAllTimersAsync(); // people not loaded: no mentions
    room.loadPeople();
    await vi.runAllTimersAsync();
    room.createThread('Agree with @Jonas Berg');
    expect(room.getSnapshot().draft).toBeNull();
    await vi.runAllTimersAsync();
    expect(api.create).toHaveBeenCalledWith('doc', {
      anchor: draft.anchor,
      body: 'Agree with @Jonas Berg',
      mentions: [jonas.id],
    });
    expect(room.getSnapshot()).toMatchObject({ outbox: [], activeId: created.id, threads: [created] });
  });

  it('keeps a comment written offline, visibly and in storage, and sends it when back online', async () => {
    const { room, api, storage, goOnline, goOffline } = setup({ online: false });
    room.start();
    room.startDraft(draft);
    room.createThread('Written on the train');
    expect(room.getSnapshot().outbox).toMatchObject([{ state: 'waiting', body: 'Written on the train' }]);
    expect(storage.map.get('accord.comments.outbox.p-mei.doc')).toContain('Written on the train');
    expect(api.create).not.toHaveBeenCalled();
    goOffline();
    goOnline();
    await vi.runAllTimersAsync();
    expect(api.create).toHaveBeenCalledOnce();
    expect(room.getSnapshot().outbox).toEqual([]);
    expect(storage.map.has('accord.comments.outbox.p-mei.doc')).toBe(false);
  });

  it('waits and resends after a network failure', async () => {
    const { room, api } = setup();
    api.reply.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    room.start();
    room.reply('t1', 'Yes');
    await vi.advanceTimersByTimeAsync(10);
    expect(room.getSnapshot().outbox).toMatchObject([{ state: 'waiting' }]);
    await vi.advanceTimersByTimeAsync(6000);
    expect(api.reply).toHaveBeenCalledTimes(2);
    expect(room.getSnapshot().outbox).toEqual([]);
  });

  it('retries shortly while the server has not stored the selected text yet', async () => {
    const { room, api } = setup();
    api.create.mockRejectedValueOnce(new RequestError('wait until your changes are saved', 409, 'anchor_not_synced'));
    room.start();
    room.startDraft(draft);
    room.createThread('Quick');
    await vi.advanceTimersByTimeAsync(300);
    expect(api.create).toHaveBeenCalledTimes(2);
    expect(room.getSnapshot().outbox).toEqual([]);
  });

  it('shows a refusal with Retry and Discard', async () => {
    const { room, api } = setup();
    api.create.mockRejectedValueOnce(
      new RequestError('the selected text is no longer in the document; select it again', 400, 'anchor_gone'),
    );
    room.start();
    room.startDraft(draft);
    room.createThread('Too late');
    await vi.runAllTimersAsync();
    const [entry] = room.getSnapshot().outbox;
    expect(entry).toMatchObject({
      state: 'failed',
      problem: 'the selected text is no longer in the document; select it again',
    });
    room.retry(entry!.id);
    await vi.runAllTimersAsync();
    expect(room.getSnapshot().outbox).toEqual([]);
    api.create.mockRejectedValueOnce(new RequestError('no', 400, 'x'));
    room.startDraft(draft);
    room.createThread('Again');
    await vi.runAllTimersAsync();
    room.discard(room.getSnapshot().outbox[0]!.id);
    expect(room.getSnapshot().outbox).toEqual([]);
  });

  it('sends what a previous page left in storage', async () => {
    const storage = memoryStorage();
    const first = setup({ online: false, storage });
    first.room.start();
    first.room.reply('t1', 'Left behind');
    first.room.dispose();
    const second = setup({ storage });
    second.room.start();
    await vi.runAllTimersAsync();
    expect(second.api.reply).toHaveBeenCalledWith('t1', { body: 'Left behind', mentions: [] });
  });

  it('answers who may do what from the access the server gave', () => {
    const { room } = setup();
    const mine = thread('t1', [comment('c1', mei, 'mine')]);
    const theirs = thread('t2', [comment('c2', jonas, 'theirs')]);
    expect([room.canComment, room.canChange(mine.comments[0]!), room.canChange(theirs.comments[0]!)]).toEqual([
      true,
      true,
      false,
    ]);
    expect([room.canSetStatus(mine), room.canSetStatus(theirs)]).toEqual([true, false]);
    room.setAccess(coordinator);
    expect(room.canSetStatus(theirs)).toBe(true);
    room.startDraft(draft);
    room.setAccess(observer);
    expect([room.canComment, room.canChange(mine.comments[0]!), room.canSetStatus(mine)]).toEqual([
      false,
      false,
      false,
    ]);
    expect(room.getSnapshot().draft).toBeNull();
    room.startDraft(draft);
    expect(room.getSnapshot().draft).toBeNull();
  });

  it('resolves through the API and keeps the answer', async () => {
    const { room, api } = setup();
    room.start();
    await room.setStatus('t1', 'resolved');
    expect(api.resolve).toHaveBeenCalledWith('t1');
    expect(room.getSnapshot().threads[0]!.status).toBe('resolved');
  });

  it('edits with the mentions of the new text, and drops a thread whose only comment was deleted', async () => {
    const { room, api } = setup();
    room.start();
    room.loadPeople();
    await vi.runAllTimersAsync();
    await room.edit('c1', 'Now with @Jonas Berg');
    expect(api.edit).toHaveBeenCalledWith('c1', { body: 'Now with @Jonas Berg', mentions: [jonas.id] });
    expect(room.getSnapshot().threads).toHaveLength(1);
    await room.remove('c1');
    expect(room.getSnapshot().threads).toEqual([]);
  });

  it('opens the panel by default only when cards still fit beside it', () => {
    const wide = setup().room;
    wide.setViewportWidth(1600);
    expect(wide.getSnapshot()).toMatchObject({ panelOpen: true, marginOn: true });
    const narrow = setup().room;
    narrow.setViewportWidth(1280);
    expect(narrow.getSnapshot()).toMatchObject({ panelOpen: false, marginOn: true });
    narrow.setPanelOpen(true);
    expect(narrow.getSnapshot()).toMatchObject({ panelOpen: true, marginOn: false });
  });

  it('moves the cards out of the margin while the paragraph panel takes their room, and back', () => {
    const { room } = setup();
    room.setViewportWidth(1280);
    room.setPanelOpen(false);
    expect(room.getSnapshot().marginOn).toBe(true);
    room.setAside(330);
    expect(room.getSnapshot().marginOn).toBe(false);
    room.setViewportWidth(1600);
    expect(room.getSnapshot().marginOn).toBe(true);
    room.setPanelOpen(true);
    expect(room.getSnapshot().marginOn).toBe(false);
    room.setAside(0);
    expect(room.getSnapshot().marginOn).toBe(true);
  });
});
