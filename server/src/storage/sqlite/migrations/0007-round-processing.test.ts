import { describe, expect, it } from 'vitest';
import { dialects, seedRound, testDatabase } from '../../testing.js';

const at = '2026-12-01T09:00:00.000Z';

describe.each(dialects)('migration 0007-round-processing on %s', (dialect) => {
  const t = testDatabase(dialect, 'round_processing_migration');

  /** The records of {@link seedRound} and a second version `v2`; returns the person who decides. */
  async function seed(): Promise<string> {
    const { ana } = await seedRound(t.sql, at);
    await t.sql.run(
      "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v2', 'd', 'Revised', 'D', ?, '[]', ?, ?)",
      [Uint8Array.of(0), at, ana],
    );
    return ana;
  }

  it('keeps every decision: dispositions are append-only and checked', async () => {
    const ana = await seed();
    const decide = (disposition: string) =>
      t.sql.run(
        "INSERT INTO comment_dispositions (comment_id, round_id, disposition, response, decided_at, decided_by) VALUES ('c', 'r', ?, '', ?, ?)",
        [disposition, at, ana],
      );
    await decide('noted');
    await decide('accepted');
    await expect(decide('maybe')).rejects.toThrow(/CHECK|check constraint/);
    await expect(t.sql.run("UPDATE comment_dispositions SET disposition = 'noted'")).rejects.toThrow(/append-only/);
    await expect(t.sql.run('DELETE FROM comment_dispositions')).rejects.toThrow(/append-only/);
    expect(await t.sql.get('SELECT COUNT(*) AS n FROM comment_dispositions')).toEqual({ n: 2 });
  });

  it('links a round to one revised version, for good', async () => {
    const ana = await seed();
    const link = (versionId: string) =>
      t.sql.run('INSERT INTO round_revisions (round_id, version_id, published_at, published_by) VALUES (?, ?, ?, ?)', [
        'r',
        versionId,
        at,
        ana,
      ]);
    await link('v2');
    await expect(link('v')).rejects.toThrow(/UNIQUE|PRIMARY|duplicate key/);
    await expect(t.sql.run("UPDATE round_revisions SET version_id = 'v'")).rejects.toThrow(/cannot change/);
    await expect(t.sql.run('DELETE FROM round_revisions')).rejects.toThrow(/cannot change/);
  });
});
