import { beforeEach, describe, expect, it } from 'vitest';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { SqlNumberingStore } from './store.js';

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'numbering');
  let store: SqlNumberingStore;
  let ana: string;
  let ben: string;
  let clock: number;

  beforeEach(async () => {
    ({ ana, ben } = await seedTwoPeople(t.sql));
    await t.sql.run(
      "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft 1', 'D', ?, '[]', '2026-12-01T09:00:00.000Z', ?)",
      [new Uint8Array([0]), ana],
    );
    clock = Date.parse('2026-12-02T10:00:00Z');
    store = new SqlNumberingStore(t.sql, { now: () => new Date((clock += 1000)) });
  });

  describe('SqlNumberingStore', () => {
    it('is live until frozen; the newest change is the setting; every change stays in the history', async () => {
      expect(await store.get('d')).toEqual({ mode: 'live' });
      const baseline = [
        { blockId: 'p1', number: 1 },
        { blockId: 'p2', number: 2 },
      ];
      expect(await store.record({ documentId: 'd', action: 'freeze', baseline, versionId: 'v', by: ana })).toEqual({
        mode: 'frozen',
        baseline,
        frozenAt: '2026-12-02T10:00:01.000Z',
        versionId: 'v',
        versionName: 'Draft 1',
        by: ana,
        byPerson: { id: ana, name: 'Ana', stakeholderGroup: 'civil-society' },
      });
      const renumbered = await store.record({ documentId: 'd', action: 'renumber', baseline: [baseline[1]!], by: ben });
      expect(renumbered).toMatchObject({ mode: 'frozen', baseline: [{ blockId: 'p2', number: 2 }], by: ben });
      expect(renumbered).not.toHaveProperty('versionId');
      expect(await store.record({ documentId: 'd', action: 'unfreeze', by: ana })).toEqual({ mode: 'live' });
      expect((await store.history('d')).map((e) => [e.action, e.versionId, e.paragraphs, e.by.name])).toEqual([
        ['freeze', 'v', 2, 'Ana'],
        ['renumber', null, 1, 'Ben'],
        ['unfreeze', null, null, 'Ana'],
      ]);
    });

    it('keeps the record append-only: no update, no delete', async () => {
      await store.record({ documentId: 'd', action: 'renumber', baseline: [], by: ana });
      for (const [sql, reason] of [
        ["UPDATE numbering_events SET action = 'unfreeze', baseline = NULL", /recorded once/],
        ['DELETE FROM numbering_events', /never removed/],
      ] as const) {
        const error = await t.sql.run(sql).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isRefusedByTrigger(error), sql).toBe(true);
        expect((error as Error).message).toMatch(reason);
      }
      expect((await store.history('d')).map((e) => e.action)).toEqual(['renumber']);
    });
  });
});
