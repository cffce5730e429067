import { describe, expect, it } from 'vitest';
import { seedTwoPeople, tempDatabase } from '../storage/sqlite/testing.js';
import type { ChangeRecord } from './coalescer.js';
import { SqliteHistoryStore } from './store.js';

const t = tempDatabase('history-store');
const T0 = Date.parse('2026-12-02T10:00:00.000Z');

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

describe('SqliteHistoryStore', () => {
  it('updates an open run in place, and then refuses to change or delete it once closed', async () => {
    const { ana } = await seedTwoPeople(t.db);
    const store = new SqliteHistoryStore(t.db);
    store.write({ write: [record({ id: 'c1', personId: ana })], drop: [] });
    store.write({
      write: [record({ id: 'c1', personId: ana, after: 'abc', endedAt: T0 + 500, closed: true })],
      drop: [],
    });
    expect((await store.ofBlock('d', 'b1')).map((r) => [r.after, r.endedAt, r.closed])).toEqual([
      ['abc', T0 + 500, true],
    ]);
    expect(() => t.db.prepare("UPDATE paragraph_changes SET after_text = 'forged' WHERE id = 'c1'").run()).toThrow(
      /cannot change/,
    );
    expect(() => t.db.prepare("DELETE FROM paragraph_changes WHERE id = 'c1'").run()).toThrow(/never deleted/);
    // Dropping is for open runs that came to nothing: a closed one stays.
    store.write({ write: [], drop: ['c1'] });
    expect(await store.ofBlock('d', 'b1')).toHaveLength(1);
  });

  it('never lets anyone rewrite who made a change, even while it is open', async () => {
    const { ana, ben } = await seedTwoPeople(t.db);
    const store = new SqliteHistoryStore(t.db);
    store.write({ write: [record({ id: 'c1', personId: ana })], drop: [] });
    expect(() => t.db.prepare("UPDATE paragraph_changes SET person_id = ? WHERE id = 'c1'").run(ben)).toThrow(
      /cannot change/,
    );
  });

  it('deletes an open run that came to nothing', async () => {
    const { ana } = await seedTwoPeople(t.db);
    const store = new SqliteHistoryStore(t.db);
    store.write({ write: [record({ id: 'c1', personId: ana })], drop: [] });
    store.write({ write: [], drop: ['c1'] });
    expect(await store.ofBlock('d', 'b1')).toEqual([]);
  });

  it('closes at start what a crashed process left open, dropping runs that changed nothing', async () => {
    const { ana } = await seedTwoPeople(t.db);
    const store = new SqliteHistoryStore(t.db);
    store.write({
      write: [record({ id: 'c1', personId: ana }), record({ id: 'c2', personId: ana, blockId: 'b2', after: 'a' })],
      drop: [],
    });
    store.closeLeftOpen();
    expect(t.db.prepare('SELECT id, closed FROM paragraph_changes').all()).toEqual([{ id: 'c1', closed: 1 }]);
  });

  it('lists what others changed after a moment, system writes included, oldest first', async () => {
    const { ana, ben } = await seedTwoPeople(t.db);
    const store = new SqliteHistoryStore(t.db);
    store.write({
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
    const { ana, ben } = await seedTwoPeople(t.db);
    const store = new SqliteHistoryStore(t.db);
    expect(await store.visit(ana, 'd', '2026-12-02T10:00:00.000Z')).toBeNull();
    expect(await store.visit(ana, 'd', '2026-12-02T11:00:00.000Z')).toBe('2026-12-02T10:00:00.000Z');
    expect(await store.visit(ben, 'd', '2026-12-02T12:00:00.000Z')).toBeNull();
    expect(await store.visit(ana, 'd', '2026-12-02T13:00:00.000Z')).toBe('2026-12-02T11:00:00.000Z');
  });
});
