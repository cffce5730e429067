import { describe, expect, it } from 'vitest';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import type { ChangeRecord } from './coalescer.js';
import { LEFT_OPEN_MARGIN_MS, SqlHistoryStore } from './store.js';

const T0 = Date.parse('2026-12-02T10:00:00.000Z');
const MINUTE = 60_000;

const record = (over: Partial<ChangeRecord> & Pick<ChangeRecord, 'id' | 'personId'>): ChangeRecord => ({
  documentId: 'd',
  blockId: 'b1',
  startedAt: T0,
  endedAt: T0,
  before: 'a',
  after: 'ab',
  closed: false,
  ...over,
});

describe.each(dialects)('SqlHistoryStore on %s', (dialect) => {
  const t = testDatabase(dialect, 'history-store');

  it('updates an open run in place, and then refuses to change or delete it once closed', async () => {
    const { ana } = await seedTwoPeople(t.sql);
    const store = new SqlHistoryStore(t.sql);
    await store.write({ write: [record({ id: 'c1', personId: ana })], drop: [] });
    await store.write({
      write: [record({ id: 'c1', personId: ana, after: 'abc', endedAt: T0 + 500, closed: true })],
      drop: [],
    });
    expect((await store.ofBlock('d', 'b1')).map((r) => [r.after, r.endedAt, r.closed])).toEqual([
      ['abc', T0 + 500, true],
    ]);
    await expect(t.sql.run("UPDATE paragraph_changes SET after_text = 'forged' WHERE id = 'c1'")).rejects.toThrow(
      /cannot change/,
    );
    await expect(t.sql.run("DELETE FROM paragraph_changes WHERE id = 'c1'")).rejects.toThrow(/never deleted/);
    // Dropping is for open runs that came to nothing: a closed one stays.
    await store.write({ write: [], drop: ['c1'] });
    expect(await store.ofBlock('d', 'b1')).toHaveLength(1);
  });

  it('never lets anyone rewrite who made a change, even while it is open', async () => {
    const { ana, ben } = await seedTwoPeople(t.sql);
    const store = new SqlHistoryStore(t.sql);
    await store.write({ write: [record({ id: 'c1', personId: ana })], drop: [] });
    await expect(t.sql.run("UPDATE paragraph_changes SET person_id = ? WHERE id = 'c1'", [ben])).rejects.toThrow(
      /cannot change/,
    );
  });

  it('deletes an open run that came to nothing, and does not list runs that changed nothing', async () => {
    const { ana } = await seedTwoPeople(t.sql);
    const store = new SqlHistoryStore(t.sql);
    await store.write({
      write: [
        record({ id: 'c1', personId: ana }),
        record({ id: 'same', personId: ana, after: 'a', startedAt: T0 + 1 }),
      ],
      drop: [],
    });
    await store.write({ write: [], drop: ['c1'] });
    expect(await store.ofBlock('d', 'b1')).toEqual([]);
  });

  it('lists a block’s records oldest first, a removed or new block’s null text included', async () => {
    const { ana, ben } = await seedTwoPeople(t.sql);
    const store = new SqlHistoryStore(t.sql);
    await store.write({
      write: [
        record({ id: 'z-late', personId: ben, startedAt: T0 + 2000, before: 'ab', after: null }),
        record({ id: 'a-first', personId: ana, before: null, after: 'ab' }),
      ],
      drop: [],
    });
    expect((await store.ofBlock('d', 'b1')).map((r) => [r.id, r.before, r.after])).toEqual([
      ['a-first', null, 'ab'],
      ['z-late', 'ab', null],
    ]);
  });

  it('closes what a crashed process left open long ago, dropping runs that changed nothing', async () => {
    const { ana } = await seedTwoPeople(t.sql);
    const now = T0 + 10 * MINUTE + LEFT_OPEN_MARGIN_MS + 1;
    const store = new SqlHistoryStore(t.sql, { now: () => now });
    await store.write({
      write: [record({ id: 'c1', personId: ana }), record({ id: 'c2', personId: ana, blockId: 'b2', after: 'a' })],
      drop: [],
    });
    await store.closeLeftOpen();
    expect(await t.sql.all('SELECT id, closed FROM paragraph_changes')).toEqual([{ id: 'c1', closed: 1 }]);
  });

  it('leaves alone the open runs another live instance may still be writing (two stores, one database)', async () => {
    const { ana, ben } = await seedTwoPeople(t.sql);
    let now = T0;
    const live = new SqlHistoryStore(t.sql, { now: () => now });
    const starting = new SqlHistoryStore(t.sql, { now: () => now });
    // A run the live instance has been typing for nine minutes, and one abandoned twenty minutes ago.
    await live.write({
      write: [
        record({ id: 'typing', personId: ana, startedAt: T0 - 9 * MINUTE, endedAt: T0 - 1000 }),
        record({
          id: 'abandoned',
          personId: ben,
          blockId: 'b2',
          startedAt: T0 - 25 * MINUTE,
          endedAt: T0 - 20 * MINUTE,
        }),
        record({ id: 'nothing', personId: ben, blockId: 'b3', endedAt: T0 - 20 * MINUTE, after: 'a' }),
      ],
      drop: [],
    });
    await starting.closeLeftOpen();
    const rows = async () =>
      Object.fromEntries(
        (await t.sql.all<{ id: string; closed: number }>('SELECT id, closed FROM paragraph_changes ORDER BY id')).map(
          (r) => [r.id, Number(r.closed)],
        ),
      );
    expect(await rows()).toEqual({ abandoned: 1, typing: 0 });
    // The live instance goes on writing its run and closes it itself.
    await live.write({
      write: [record({ id: 'typing', personId: ana, startedAt: T0 - 9 * MINUTE, endedAt: T0, after: 'abc' })],
      drop: [],
    });
    await live.write({
      write: [
        record({ id: 'typing', personId: ana, startedAt: T0 - 9 * MINUTE, endedAt: T0, after: 'abcd', closed: true }),
      ],
      drop: [],
    });
    expect(await rows()).toEqual({ abandoned: 1, typing: 1 });
    expect((await live.ofBlock('d', 'b1')).map((r) => r.after)).toEqual(['abcd']);
    now += 60 * MINUTE;
    await starting.closeLeftOpen();
    expect(await rows()).toEqual({ abandoned: 1, typing: 1 });
  });

  it('lists what others changed after a moment, system writes included, oldest first', async () => {
    const { ana, ben } = await seedTwoPeople(t.sql);
    const store = new SqlHistoryStore(t.sql);
    await store.write({
      write: [
        record({ id: 'early', personId: ben, endedAt: T0 }),
        record({ id: 'mine', personId: ana, blockId: 'b2', endedAt: T0 + 2000 }),
        record({ id: 'system', personId: null, blockId: 'b3', endedAt: T0 + 3000 }),
        record({ id: 'bens', personId: ben, blockId: 'b4', endedAt: T0 + 1000 }),
      ],
      drop: [],
    });
    const since = new Date(T0 + 500).toISOString();
    expect((await store.changedSince('d', since, ana)).map((r) => r.id)).toEqual(['bens', 'system']);
  });

  it('remembers the last visit per person and document, answering the previous one', async () => {
    const { ana, ben } = await seedTwoPeople(t.sql);
    const store = new SqlHistoryStore(t.sql);
    expect(await store.visit(ana, 'd', '2026-12-02T10:00:00.000Z')).toBeNull();
    expect(await store.visit(ana, 'd', '2026-12-02T11:00:00.000Z')).toBe('2026-12-02T10:00:00.000Z');
    expect(await store.visit(ben, 'd', '2026-12-02T12:00:00.000Z')).toBeNull();
    expect(await store.visit(ana, 'd', '2026-12-02T13:00:00.000Z')).toBe('2026-12-02T11:00:00.000Z');
  });
});
