import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../api.js';
import { type EventSourceLike, LiveFeed, type LiveStatus, retryDelay } from './feed.js';

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
  /** What the browser does after a refused or failed answer: CLOSED, then `error`. */
  giveUp() {
    this.readyState = 2;
    this.emit('error');
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

/** Events are numbers; odd ones cannot be applied (the feed must fetch the snapshot instead). */
type Event = { n: number };

function setup(loads: Array<() => Promise<string>>, options: { random?: number } = {}) {
  const sources: FakeSource[] = [];
  const statuses: LiveStatus[] = [];
  const problems: Array<string | null> = [];
  const snapshots: string[] = [];
  const events: number[] = [];
  let loadsStarted = 0;
  const feed = new LiveFeed<string, Event>({
    url: '/live',
    open: () => {
      const s = new FakeSource();
      sources.push(s);
      return s;
    },
    parse: (data) =>
      typeof data === 'object' && data !== null && typeof (data as Event).n === 'number' ? (data as Event) : null,
    load: () => {
      loadsStarted++;
      return (loads.shift() ?? (async () => 'empty'))();
    },
    onSnapshot: (s) => snapshots.push(s),
    onEvent: ({ n }) => {
      events.push(n);
      return n % 2 === 0;
    },
    onStatus: (s, problem) => {
      statuses.push(s);
      problems.push(problem);
    },
    retry: { baseMs: 100, maxMs: 1000 },
    random: () => options.random ?? 0.5,
  });
  return { feed, sources, statuses, problems, snapshots, events, loads: () => loadsStarted };
}

/** A load the test finishes when it wants. */
function deferred() {
  let release!: (value: string) => void;
  const load = () => new Promise<string>((r) => (release = r));
  return { load, release: (value: string) => release(value) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('retryDelay', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };

  it('doubles from the first wait and stops at the longest', () => {
    expect([0, 1, 2, 3].map((a) => retryDelay(a, policy, 0.999999))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(10, policy, 0.999999)).toBe(60_000);
    expect(retryDelay(5000, policy, 0.999999)).toBe(60_000);
  });

  it('spreads each wait over its upper half', () => {
    expect(retryDelay(2, policy, 0)).toBe(2000);
    expect(retryDelay(2, policy, 0.5)).toBe(3000);
    expect(retryDelay(10, policy, 0)).toBe(30_000);
  });
});

describe('LiveFeed', () => {
  it('fetches the snapshot only once the stream is ready, then applies events', async () => {
    const t = setup([async () => 'v1']);
    t.feed.start();
    t.sources[0]!.emit('message', { n: 2 });
    expect(t.loads()).toBe(0);
    t.sources[0]!.emit('ready', {});
    await vi.runAllTimersAsync();
    expect(t.snapshots).toEqual(['v1']);
    t.sources[0]!.emit('message', { n: 4 });
    expect(t.events).toEqual([2, 4]);
    expect(t.loads()).toBe(1);
    expect(t.statuses).toEqual(['live']);
  });

  it('ignores messages it does not understand', async () => {
    const t = setup([async () => 'v1']);
    t.feed.start();
    t.sources[0]!.emit('ready', {});
    await vi.runAllTimersAsync();
    t.sources[0]!.emit('message', { type: 'something-new' });
    t.sources[0]!.emit('message', 'not json {');
    t.sources[0]!.emit('message');
    expect(t.events).toEqual([]);
    expect(t.loads()).toBe(1);
  });

  it('fetches the snapshot again for an event it cannot apply, once for a burst', async () => {
    const first = deferred();
    const t = setup([async () => 'v1', first.load, async () => 'v3']);
    t.feed.start();
    t.sources[0]!.emit('ready', {});
    await vi.runAllTimersAsync();
    t.sources[0]!.emit('message', { n: 1 });
    t.sources[0]!.emit('message', { n: 3 });
    t.sources[0]!.emit('message', { n: 5 });
    first.release('v2');
    await vi.runAllTimersAsync();
    // One fetch for the first event, one more for the two that came while it ran.
    expect(t.snapshots).toEqual(['v1', 'v2', 'v3']);
    expect(t.loads()).toBe(3);
  });

  it('fetches once more after an event applied while the snapshot loaded, at most a few rounds in a row', async () => {
    const loads = [deferred(), deferred(), deferred(), deferred()];
    const t = setup(loads.map((d) => d.load));
    t.feed.start();
    t.sources[0]!.emit('ready', {});
    for (let round = 0; round < 3; round++) {
      t.sources[0]!.emit('message', { n: 2 * round });
      loads[round]!.release(`v${round}`);
      await vi.runAllTimersAsync();
    }
    // Three snapshots in a row each overtaken by an event; the next event's fetch will do.
    expect(t.loads()).toBe(3);
    expect(t.snapshots).toEqual(['v0', 'v1', 'v2']);
  });

  it('applied() from the page’s own write makes a loading snapshot fetch once more', async () => {
    const first = deferred();
    const t = setup([first.load, async () => 'v2']);
    t.feed.start();
    t.sources[0]!.emit('ready', {});
    t.feed.applied();
    first.release('v1');
    await vi.runAllTimersAsync();
    expect(t.snapshots).toEqual(['v1', 'v2']);
    t.feed.applied(); // nothing loading: nothing to do
    await vi.runAllTimersAsync();
    expect(t.loads()).toBe(2);
  });

  it('fetches again after the browser reconnects the stream by itself', async () => {
    const t = setup([async () => 'v1', async () => 'v2']);
    t.feed.start();
    t.sources[0]!.emit('ready', {});
    await vi.runAllTimersAsync();
    t.sources[0]!.emit('error'); // still CONNECTING: EventSource retries on its own
    t.sources[0]!.emit('ready', {});
    await vi.runAllTimersAsync();
    expect(t.sources).toHaveLength(1);
    expect(t.snapshots).toEqual(['v1', 'v2']);
    expect(t.statuses).toEqual(['live', 'reconnecting', 'live']);
  });

  it('reopens a stream the browser gave up on, waiting longer each time, and starts over once live', async () => {
    const t = setup([async () => 'v1', async () => 'v2']);
    t.feed.start();
    t.sources[0]!.giveUp();
    expect(t.statuses).toEqual(['reconnecting']);
    // Waits of 75 ms, then 150 ms (base 100, doubling, jitter at the middle of the upper half).
    await vi.advanceTimersByTimeAsync(74);
    expect(t.sources).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.sources).toHaveLength(2);
    t.sources[1]!.giveUp();
    await vi.advanceTimersByTimeAsync(149);
    expect(t.sources).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.sources).toHaveLength(3);
    t.sources[2]!.emit('ready', {});
    await vi.runAllTimersAsync();
    expect(t.snapshots).toEqual(['v1']);
    // Live again: the next break waits the first wait again.
    t.sources[2]!.giveUp();
    await vi.advanceTimersByTimeAsync(75);
    expect(t.sources).toHaveLength(4);
  });

  it('reconnect() opens a lost stream at once', async () => {
    const t = setup([]);
    t.feed.start();
    t.feed.reconnect(); // open and well: nothing to do
    expect(t.sources).toHaveLength(1);
    t.sources[0]!.giveUp();
    t.feed.reconnect();
    expect(t.sources).toHaveLength(2);
    await vi.runAllTimersAsync();
    expect(t.sources).toHaveLength(2); // the scheduled reopen was cancelled
  });

  it('stops for good when the snapshot is refused', async () => {
    for (const status of [401, 403, 404]) {
      const t = setup([async () => Promise.reject(new RequestError('no longer allowed', status))]);
      t.feed.start();
      t.sources[0]!.emit('ready', {});
      await vi.runAllTimersAsync();
      expect(t.statuses).toEqual(['refused']);
      expect(t.problems).toEqual(['no longer allowed']);
      expect(t.sources[0]!.closed).toBe(true);
      expect(t.sources).toHaveLength(1);
    }
  });

  it('retries a snapshot that failed on the network or the server, with backoff', async () => {
    const t = setup([
      async () => Promise.reject(new TypeError('Failed to fetch')),
      async () => Promise.reject(new RequestError('unavailable', 503)),
      async () => 'v1',
    ]);
    t.feed.start();
    t.sources[0]!.emit('ready', {});
    await vi.advanceTimersByTimeAsync(74);
    expect(t.loads()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.loads()).toBe(2);
    await vi.advanceTimersByTimeAsync(150);
    expect(t.snapshots).toEqual(['v1']);
    expect(t.statuses).toEqual(['reconnecting', 'reconnecting', 'live']);
    expect(t.problems).toEqual([null, null, null]);
  });

  it('forgets a snapshot in flight when the stream breaks, and does nothing once disposed', async () => {
    const first = deferred();
    const t = setup([first.load, async () => 'v2']);
    t.feed.start();
    t.sources[0]!.emit('ready', {});
    t.sources[0]!.emit('error');
    first.release('v1');
    await vi.runAllTimersAsync();
    expect(t.snapshots).toEqual([]);
    t.feed.dispose();
    expect(t.sources[0]!.closed).toBe(true);
    t.sources[0]!.emit('ready', {});
    t.feed.refresh();
    await vi.runAllTimersAsync();
    expect(t.loads()).toBe(1);
  });
});
