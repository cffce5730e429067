import { beforeEach, describe, expect, it } from 'vitest';
import type { VersionBlock } from '@accord/schema';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { SqlVersionStore } from './store.js';

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'versions');
  let store: SqlVersionStore;
  let ana: string;
  let ben: string;
  let clock: number;

  // Every byte value, so a blob that is re-encoded on its way in or out shows.
  const state = new Uint8Array(256).map((_, i) => i);
  const blocks = [{ id: 'p1', kind: 'paragraph', number: 1, text: 'One.' }] as unknown as VersionBlock[];

  beforeEach(async () => {
    ({ ana, ben } = await seedTwoPeople(t.sql));
    clock = Date.parse('2026-05-01T10:00:00Z');
    store = new SqlVersionStore(t.sql, { now: () => new Date((clock += 1000)) });
  });

  const save = (name: string, documentId = 'd', createdBy = ana) =>
    store.create({ documentId, name, title: 'D', state, blocks, createdBy });

  describe('SqlVersionStore', () => {
    it('saves a version byte for byte and lists a document’s versions newest first', async () => {
      const first = await save('First');
      const second = await store.create({
        documentId: 'd',
        name: 'Second',
        note: 'after the meeting',
        title: 'D',
        state,
        blocks,
        createdBy: ben,
      });
      expect(second).toMatchObject({
        documentId: 'd',
        name: 'Second',
        note: 'after the meeting',
        createdAt: '2026-05-01T10:00:02.000Z',
        createdBy: { id: ben, name: 'Ben', stakeholderGroup: 'government' },
      });
      expect(first).not.toHaveProperty('note');
      expect((await store.list('d')).map((v) => v.name)).toEqual(['Second', 'First']);
      const stored = await store.get('d', first.id);
      expect(stored?.state).toBeInstanceOf(Uint8Array);
      expect([...stored!.state]).toEqual([...state]);
      expect(stored?.blocks).toEqual(blocks);
      expect(await store.get('other', first.id)).toBeUndefined();
    });

    it('records where a draft started, once, and marks its versions as based on it', async () => {
      const source = await save('Circulated');
      await t.sql.run(
        "INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at) VALUES ('d2', 'w', 'D2', 'summary', ?, ?)",
        ['2026-05-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
      );
      expect(await store.origin('d2')).toBeUndefined();
      await store.recordOrigin('d2', source.id, ana);
      expect(await store.origin('d2')).toEqual({ documentId: 'd', versionId: source.id, name: 'Circulated' });
      const derived = await save('Own', 'd2');
      expect(derived.basedOn).toEqual({ documentId: 'd', versionId: source.id, name: 'Circulated' });
      await expect(store.recordOrigin('d2', derived.id, ana)).rejects.toThrow();
      expect((await store.origin('d2'))?.versionId).toBe(source.id);
    });

    it('lets the database refuse changing or removing a version or an origin', async () => {
      const version = await save('Final');
      await store.recordOrigin('d', version.id, ana);
      for (const sql of [
        "UPDATE versions SET name = 'Changed'",
        'DELETE FROM versions',
        "UPDATE draft_origins SET created_by = 'pBen'",
        'DELETE FROM draft_origins',
      ]) {
        const error = await t.sql.run(sql).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isRefusedByTrigger(error), sql).toBe(true);
      }
      expect((await store.list('d')).map((v) => v.name)).toEqual(['Final']);
    });
  });
});
