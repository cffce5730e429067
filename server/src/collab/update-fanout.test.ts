import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FRAME_BUDGET, IMMEDIATE_UP_TO, MAX_WINDOW_MS, UpdateFanout, fanoutWindowMs } from './update-fanout.js';

/** Three updates of one writer, each building on the one before. */
function typing(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const text = doc.getText('t');
  text.insert(0, 'a');
  text.insert(1, 'b');
  text.insert(2, 'c');
  return updates;
}

describe('fanoutWindowMs', () => {
  it('relays at once in a small room and keeps a crowd near the frame budget, within the longest window', () => {
    expect(fanoutWindowMs(1)).toBe(0);
    expect(fanoutWindowMs(IMMEDIATE_UP_TO)).toBe(0);
    expect(fanoutWindowMs(1000)).toBe((1000 * 1000) / FRAME_BUDGET);
    expect(fanoutWindowMs(100_000)).toBe(MAX_WINDOW_MS);
  });
});

describe('UpdateFanout', () => {
  it('broadcasts each update at once in a small room', () => {
    const sent: Uint8Array[] = [];
    const fanout = new UpdateFanout({ broadcast: (u) => sent.push(u), connections: () => 5 });
    const updates = typing();
    for (const u of updates) fanout.push(u);
    expect(sent).toEqual(updates);
  });

  it('merges a crowd’s window into one update that holds every update of it', async () => {
    const sent: Uint8Array[] = [];
    const fanout = new UpdateFanout({ broadcast: (u) => sent.push(u), connections: () => 1000, windowMs: () => 5 });
    for (const u of typing()) fanout.push(u);
    expect(sent).toEqual([]);
    expect(fanout.held).toBe(3);
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, sent[0]!);
    expect(doc.getText('t').toString()).toBe('abc');
  });

  it('sends what it holds on flush, and nothing twice', () => {
    const sent: Uint8Array[] = [];
    const fanout = new UpdateFanout({
      broadcast: (u) => sent.push(u),
      connections: () => 1000,
      windowMs: () => 60_000,
    });
    const [first] = typing();
    fanout.push(first!);
    fanout.flush();
    fanout.flush();
    expect(sent).toEqual([first]);
    fanout.dispose();
  });

  it('keeps order when a crowd shrinks: a new update waits behind the held ones', () => {
    let connections = 1000;
    const sent: Uint8Array[] = [];
    const fanout = new UpdateFanout({
      broadcast: (u) => sent.push(u),
      connections: () => connections,
      windowMs: (n) => (n > 100 ? 60_000 : 0),
    });
    const updates = typing();
    fanout.push(updates[0]!);
    connections = 3;
    fanout.push(updates[1]!);
    expect(sent).toEqual([]);
    fanout.flush();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, sent[0]!);
    expect(doc.getText('t').toString()).toBe('ab');
    fanout.dispose();
  });
});
