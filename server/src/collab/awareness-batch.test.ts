import type { AwarenessEntry } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { AwarenessBatch, CROWD_SIZE, presenceTickMs } from './awareness-batch.js';
import type { PresenceChange } from './presence.js';

const change = (clientId: number, clock: number, state: Record<string, unknown> | null, cursorOnly = false) =>
  ({ clientId, clock, state, cursorOnly }) satisfies PresenceChange;

/** A batch for a room of `connections`, with a clock the test moves and every broadcast recorded. */
function batch(connections: number, options: { tickMs?: number } = {}) {
  const sent: AwarenessEntry[][] = [];
  let now = 1_000;
  const b = new AwarenessBatch({
    broadcast: (entries) => sent.push(entries),
    connections: () => connections,
    tickMs: (n) => (n <= CROWD_SIZE ? 0 : (options.tickMs ?? 60_000)),
    cursorIntervalMs: 300,
    now: () => now,
  });
  return { b, sent, advance: (ms: number) => (now += ms) };
}

describe('presenceTickMs', () => {
  it('relays at once in a small room and ticks more slowly as the room grows', () => {
    expect(presenceTickMs(1)).toBe(0);
    expect(presenceTickMs(CROWD_SIZE)).toBe(0);
    expect(presenceTickMs(CROWD_SIZE + 1)).toBe(50);
    expect(presenceTickMs(1000)).toBe(100);
  });
});

describe('AwarenessBatch', () => {
  it('relays each change at once in a small room, cursor moves included', () => {
    const { b, sent } = batch(3);
    b.add([change(1, 1, { name: 'A' })]);
    b.add([change(1, 2, { name: 'A', anchorPos: 1 }, true)]);
    b.add([change(1, 3, { name: 'A', anchorPos: 2 }, true)]);
    expect(sent.map((e) => e.map((x) => x.clock))).toEqual([[1], [2], [3]]);
    expect(b.waiting).toBe(0);
  });

  it('sends one merged update per tick in a crowd, the newest state of each client winning', () => {
    const { b, sent } = batch(100);
    b.add([change(1, 1, { name: 'A' })]);
    b.add([change(2, 1, { name: 'B' })]);
    b.add([change(1, 2, { name: 'A again' })]);
    expect(sent).toEqual([]);
    b.tick();
    expect(sent).toEqual([
      [
        { clientId: 1, clock: 2, state: { name: 'A again' } },
        { clientId: 2, clock: 1, state: { name: 'B' } },
      ],
    ]);
    b.tick();
    expect(sent).toHaveLength(1);
  });

  it('keeps a removal that follows a state in the same tick, and never throttles it', () => {
    const { b, sent, advance } = batch(100);
    b.add([change(1, 1, { name: 'A' })]);
    b.tick();
    advance(10);
    b.add([change(1, 2, { name: 'A', anchorPos: 5 }, true)]);
    b.add([change(1, 3, null)]);
    b.tick();
    expect(sent[1]).toEqual([{ clientId: 1, clock: 3, state: null }]);
  });

  it('throttles cursor-only changes per client and always sends the newest one later', () => {
    const { b, sent, advance } = batch(100);
    b.add([change(1, 1, { name: 'A', anchorPos: 0 })]);
    b.tick();
    advance(100);
    b.add([change(1, 2, { name: 'A', anchorPos: 1 }, true)]);
    b.add([change(1, 3, { name: 'A', anchorPos: 2 }, true)]);
    b.add([change(2, 1, { name: 'B' })]);
    b.tick();
    // B is new, so it goes; A moved only its cursor 100 ms after its last relay, so it waits.
    expect(sent[1]).toEqual([{ clientId: 2, clock: 1, state: { name: 'B' } }]);
    expect(b.waiting).toBe(1);
    advance(250);
    b.tick();
    expect(sent[2]).toEqual([{ clientId: 1, clock: 3, state: { name: 'A', anchorPos: 2 } }]);
    expect(b.waiting).toBe(0);
  });

  it('does not throttle a change that is more than a cursor move, even if a cursor move follows it', () => {
    const { b, sent, advance } = batch(100);
    b.add([change(1, 1, { name: 'A' })]);
    b.tick();
    advance(50);
    b.add([change(1, 2, { name: 'A', focusing: false })]);
    b.add([change(1, 3, { name: 'A', focusing: false, anchorPos: 4 }, true)]);
    b.tick();
    expect(sent[1]).toEqual([{ clientId: 1, clock: 3, state: { name: 'A', focusing: false, anchorPos: 4 } }]);
  });

  it('sends the tick on its own timer, the senders included (one broadcast reaches every connection)', async () => {
    const sent: AwarenessEntry[][] = [];
    const b = new AwarenessBatch({ broadcast: (e) => sent.push(e), connections: () => 500, tickMs: () => 5 });
    b.add([change(7, 1, { name: 'G' })]);
    expect(sent).toEqual([]);
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toEqual([[{ clientId: 7, clock: 1, state: { name: 'G' } }]]);
    b.dispose();
  });

  it('queues behind what waits when a crowd shrinks to a small room, so nothing overtakes', () => {
    let connections = 100;
    const sent: AwarenessEntry[][] = [];
    const b = new AwarenessBatch({
      broadcast: (e) => sent.push(e),
      connections: () => connections,
      tickMs: (n) => (n <= CROWD_SIZE ? 0 : 60_000),
    });
    b.add([change(1, 1, { name: 'A' })]);
    connections = 2;
    b.add([change(1, 2, null)]);
    expect(sent).toEqual([]);
    b.tick();
    expect(sent).toEqual([[{ clientId: 1, clock: 2, state: null }]]);
    b.dispose();
  });
});
