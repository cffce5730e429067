import { describe, expect, it } from 'vitest';
import { seedRound, tempDatabase } from '../testing.js';

const t = tempDatabase('round-processing-migration');
const at = '2026-12-01T09:00:00.000Z';

/** The records of {@link seedRound} and a second version `v2`; returns the person who decides. */
async function seed(): Promise<string> {
  const { ana } = await seedRound(t.db, at);
  t.db
    .prepare(
      "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v2', 'd', 'Revised', 'D', x'00', '[]', ?, ?)",
    )
    .run(at, ana);
  return ana;
}

describe('migration 0007-round-processing', () => {
  it('keeps every decision: dispositions are append-only and checked', async () => {
    const ana = await seed();
    const decide = t.db.prepare(
      "INSERT INTO comment_dispositions (comment_id, round_id, disposition, response, decided_at, decided_by) VALUES ('c', 'r', ?, '', ?, ?)",
    );
    decide.run('noted', at, ana);
    decide.run('accepted', at, ana);
    expect(() => decide.run('maybe', at, ana)).toThrow(/CHECK/);
    expect(() => t.db.prepare("UPDATE comment_dispositions SET disposition = 'noted'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM comment_dispositions').run()).toThrow(/append-only/);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM comment_dispositions').get()).toEqual({ n: 2 });
  });

  it('links a round to one revised version, for good', async () => {
    const ana = await seed();
    const link = t.db.prepare(
      'INSERT INTO round_revisions (round_id, version_id, published_at, published_by) VALUES (?, ?, ?, ?)',
    );
    link.run('r', 'v2', at, ana);
    expect(() => link.run('r', 'v', at, ana)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => t.db.prepare("UPDATE round_revisions SET version_id = 'v'").run()).toThrow(/cannot change/);
    expect(() => t.db.prepare('DELETE FROM round_revisions').run()).toThrow(/cannot change/);
  });
});
