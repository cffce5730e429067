import { describe, expect, it } from 'vitest';
import { seedTwoPeople, tempDatabase } from '../testing.js';

const t = tempDatabase('round-processing-migration');
const at = '2026-12-01T09:00:00.000Z';

/** A round `r` on version `v` with one published comment `c`; returns the person who decides. */
async function seed(): Promise<string> {
  const { ana } = await seedTwoPeople(t.db);
  t.db.prepare("INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft', 'D', x'00', '[]', ?, ?)").run(at, ana);
  t.db.prepare("INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v2', 'd', 'Revised', 'D', x'00', '[]', ?, ?)").run(at, ana);
  t.db
    .prepare(
      `INSERT INTO rounds (id, document_id, version_id, title, opens_at, closes_at, participation, moderation, created_at, created_by)
       VALUES ('r', 'd', 'v', 'Round', ?, '2026-12-15T17:00:00.000Z', 'anyone', 'immediate', ?, ?)`,
    )
    .run(at, at, ana);
  t.db
    .prepare(
      `INSERT INTO participants (id, round_id, token_hash, name, email, stakeholder_group, country, show_only, created_at)
       VALUES ('p', 'r', 'h', 'Ada', 'ada@example.org', 'civil-society', 'KE', 'group-only', ?)`,
    )
    .run(at);
  t.db.prepare(`INSERT INTO public_comments (id, round_id, participant_id, anchor, text, status, created_at) VALUES ('c', 'r', 'p', '{"kind":"general"}', 'Hi', 'published', ?)`).run(at);
  return ana;
}

describe('migration 0007-round-processing', () => {
  it('keeps every decision: dispositions are append-only and checked', async () => {
    const ana = await seed();
    const decide = t.db.prepare("INSERT INTO comment_dispositions (comment_id, round_id, disposition, response, decided_at, decided_by) VALUES ('c', 'r', ?, '', ?, ?)");
    decide.run('noted', at, ana);
    decide.run('accepted', at, ana);
    expect(() => decide.run('maybe', at, ana)).toThrow(/CHECK/);
    expect(() => t.db.prepare("UPDATE comment_dispositions SET disposition = 'noted'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM comment_dispositions').run()).toThrow(/append-only/);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM comment_dispositions').get()).toEqual({ n: 2 });
  });

  it('links a round to one revised version, for good', async () => {
    const ana = await seed();
    const link = t.db.prepare('INSERT INTO round_revisions (round_id, version_id, published_at, published_by) VALUES (?, ?, ?, ?)');
    link.run('r', 'v2', at, ana);
    expect(() => link.run('r', 'v', at, ana)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => t.db.prepare("UPDATE round_revisions SET version_id = 'v'").run()).toThrow(/cannot change/);
    expect(() => t.db.prepare('DELETE FROM round_revisions').run()).toThrow(/cannot change/);
  });
});
