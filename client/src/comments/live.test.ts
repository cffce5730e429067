import type { CommentThread } from '@accord/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommentFeed, type EventSourceLike, type FeedStatus } from './live.js';
import { comment, jonas, mei, thread } from './testing/fixtures.js';

class FakeSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  #listeners = new Map<string, Array<(event: { data?: unknown }) => void>>();
  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data?: unknown) {
    for (const l of this.#listeners.get(type) ?? []) l({ data: data === undefined ? undefined : JSON.stringify(data) });
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

function setup(lists: Array<() => Promise<CommentThread[]>>) {
  const sources: FakeSource[] = [];
  const statuses: FeedStatus[] = [];
  const listed: CommentThread[][] = [];
  const events: CommentThread[] = [];
  const feed = new CommentFeed({
    url: '/live',
    open: () => {
      const s = new FakeSource();
      sources.push(s);
      return s;
    },
    list: () => (lists.shift() ?? (async () => []))(),
    onList: (t) => listed.push(t),
    onThread: (t) => events.push(t),
    onStatus: (s) => statuses.push(s),
    retry: { baseMs: 100 },
    random: () => 0.5,
  });
  return { feed, sources, statuses, listed, events };
}

const a = thread('a', [comment('c1', mei, 'first')]);
const a2 = thread('a', [comment('c1', mei, 'first'), comment('c2', jonas, 'reply')]);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

// The protocol (ready, backoff, refusals) is tested on LiveFeed in live/feed.test.ts.
describe('CommentFeed', () => {
  it('fetches the list only after the stream is ready, then applies events', async () => {
    const { feed, sources, listed, events, statuses } = setup([async () => [a]]);
    feed.start();
    expect(listed).toEqual([]);
    sources[0]!.emit('ready', {});
    await vi.runAllTimersAsync();
    expect(listed).toEqual([[a]]);
    sources[0]!.emit('message', { type: 'thread', thread: a2 });
    expect(events).toEqual([a2]);
    expect(statuses).toEqual(['live']);
  });

  it('fetches the list again when an event arrived while it was loading', async () => {
    let release!: (t: CommentThread[]) => void;
    const { feed, sources, listed, events } = setup([() => new Promise((r) => (release = r)), async () => [a2]]);
    feed.start();
    sources[0]!.emit('ready', {});
    sources[0]!.emit('message', { type: 'thread', thread: a2 });
    release([a]);
    await vi.runAllTimersAsync();
    expect(events).toEqual([a2]);
    expect(listed).toEqual([[a], [a2]]);
  });
});
