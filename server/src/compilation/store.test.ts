import { beforeEach, describe, expect, it } from 'vitest';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { SqlCompilationStore } from './store.js';

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'compilation');
  let store: SqlCompilationStore;
  let ana: string;
  let clock: number;

  beforeEach(async () => {
    ({ ana } = await seedTwoPeople(t.sql));
    clock = Date.parse('2026-12-02T10:00:00Z');
    store = new SqlCompilationStore(t.sql, { now: () => new Date((clock += 1000)) });
  });

  const cite = (blockId: string, contributionId: string, paragraph: number, organisation: string) => ({
    blockId,
    contributionId,
    paragraph,
    organisation,
  });

  describe('SqlCompilationStore', () => {
    it('keeps sources by block; a merge moves them to the surviving block; a removal hides them until restored', async () => {
      await store.cite('d', [cite('b1', 'c1', 0, 'Brazil IGF'), cite('b2', 'c1', 2, 'Brazil IGF')], ana);
      await store.cite('d', [cite('b3', 'c2', 1, 'EuroDIG')], ana);
      expect(Object.fromEntries(await store.sourcesOf('d'))).toEqual({
        b1: [{ contributionId: 'c1', organisation: 'Brazil IGF', paragraph: 0 }],
        b2: [{ contributionId: 'c1', organisation: 'Brazil IGF', paragraph: 2 }],
        b3: [{ contributionId: 'c2', organisation: 'EuroDIG', paragraph: 1 }],
      });

      // b3 merged into b2; b1 deleted; a block citing nothing deleted: nothing to record for it.
      const changed = await store.apply(
        'd',
        [
          { kind: 'merged', from: 'b3', into: 'b2' },
          { kind: 'removed', blockId: 'b1' },
          { kind: 'removed', blockId: 'nothing' },
        ],
        ana,
      );
      expect(changed).toBe(2);
      expect(Object.fromEntries(await store.sourcesOf('d'))).toEqual({
        b2: [
          { contributionId: 'c1', organisation: 'Brazil IGF', paragraph: 2 },
          { contributionId: 'c2', organisation: 'EuroDIG', paragraph: 1 },
        ],
      });
      await store.apply('d', [{ kind: 'restored', blockId: 'b1' }], ana);
      expect((await store.sourcesOf('d')).get('b1')).toEqual([
        { contributionId: 'c1', organisation: 'Brazil IGF', paragraph: 0 },
      ]);
      const events = await t.sql.all<{ event: string; block_id: string; from_block_id: string | null }>(
        'SELECT event, block_id, from_block_id FROM compilation_source_events ORDER BY seq',
      );
      expect(events.map((e) => [e.event, e.block_id, e.from_block_id])).toEqual([
        ['inserted', 'b1', null],
        ['inserted', 'b2', null],
        ['inserted', 'b3', null],
        ['merged', 'b2', 'b3'],
        ['removed', 'b1', null],
        ['restored', 'b1', null],
      ]);
    });

    it('follows a chain of merges in one batch: sources a merge gave a block move on with its own merge', async () => {
      await store.cite('d', [cite('b1', 'c1', 0, 'Brazil IGF')], ana);
      // b1 joins b2, which has no sources of its own, then b2 joins b3, in one stored batch.
      const changed = await store.apply(
        'd',
        [
          { kind: 'merged', from: 'b1', into: 'b2' },
          { kind: 'merged', from: 'b2', into: 'b3' },
        ],
        ana,
      );
      expect(changed).toBe(2);
      expect(Object.fromEntries(await store.sourcesOf('d'))).toEqual({
        b3: [{ contributionId: 'c1', organisation: 'Brazil IGF', paragraph: 0 }],
      });
    });

    it('records divergences, oldest first, and never changes or deletes them or the source history', async () => {
      const views = [
        { view: 'Zero rating helps', holders: [{ contributionId: 'c1', organisation: 'Brazil IGF' }] },
        { view: 'Zero rating harms', holders: [{ contributionId: 'c2', organisation: 'EuroDIG' }] },
      ];
      const first = await store.recordDivergence({ documentId: 'd', blockId: 'b2', views, note: null, by: ana });
      const second = await store.recordDivergence({ documentId: 'd', blockId: 'b1', views, note: 'n', by: ana });
      expect(await store.divergencesOf('d')).toEqual([first, second]);
      expect(first).toMatchObject({ blockId: 'b2', views, note: null, createdAt: '2026-12-02T10:00:01.000Z' });
      expect(await store.divergencesOf('other')).toEqual([]);

      await store.cite('d', [cite('b1', 'c1', 0, 'Brazil IGF')], ana);
      for (const statement of [
        "UPDATE compilation_divergences SET note = 'x'",
        'DELETE FROM compilation_divergences',
        "UPDATE compilation_source_events SET event = 'removed'",
        'DELETE FROM compilation_source_events',
      ]) {
        const refused = await t.sql.run(statement).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(isRefusedByTrigger(refused), statement).toBe(true);
      }
    });
  });
});
