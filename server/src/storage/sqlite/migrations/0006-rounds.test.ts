import { describe, expect, it } from 'vitest';
import { dialects, seedRound as seedRoundRecords, testDatabase } from '../../testing.js';

const at = '2026-12-01T09:00:00.000Z';
const CHECK = /CHECK|check constraint/;
const UNIQUE = /UNIQUE|duplicate key/;

describe.each(dialects)('migration 0006-rounds on %s', (dialect) => {
  const t = testDatabase(dialect, 'rounds_migration');

  /** {@link seedRoundRecords} plus one event in the round's log. */
  async function seedRound(): Promise<void> {
    await seedRoundRecords(t.sql, at);
    await t.sql.run(
      "INSERT INTO round_events (round_id, comment_id, actor_kind, actor_id, at, action) VALUES ('r', 'c', 'participant', 'p', ?, 'comment')",
      [at],
    );
  }

  it('keeps comments, their text and the event log', async () => {
    await seedRound();
    await expect(t.sql.run("UPDATE public_comments SET text = 'changed' WHERE id = 'c'")).rejects.toThrow(
      /cannot change/,
    );
    await expect(t.sql.run("DELETE FROM public_comments WHERE id = 'c'")).rejects.toThrow(/never removed/);
    await expect(t.sql.run("UPDATE round_events SET action = 'hide'")).rejects.toThrow(/append-only/);
    await expect(t.sql.run('DELETE FROM round_events')).rejects.toThrow(/append-only/);
    await expect(t.sql.run("DELETE FROM rounds WHERE id = 'r'")).rejects.toThrow(/never removed/);
  });

  it('needs a reason exactly when a comment is hidden, and a close after the opening', async () => {
    await seedRound();
    await expect(t.sql.run("UPDATE public_comments SET status = 'hidden' WHERE id = 'c'")).rejects.toThrow(CHECK);
    await t.sql.run("UPDATE public_comments SET status = 'hidden', hidden_reason = 'abuse' WHERE id = 'c'");
    await expect(t.sql.run("UPDATE public_comments SET status = 'published' WHERE id = 'c'")).rejects.toThrow(CHECK);
    await t.sql.run("UPDATE public_comments SET status = 'published', hidden_reason = NULL WHERE id = 'c'");
    await expect(t.sql.run("UPDATE rounds SET closes_at = '2026-01-01T00:00:00.000Z'")).rejects.toThrow(CHECK);
  });

  it('keeps one reaction per participant and paragraph, and one registration per email and round', async () => {
    await seedRound();
    const react = (reaction: string) =>
      t.sql.run(
        "INSERT INTO paragraph_reactions (round_id, participant_id, block_id, reaction, updated_at) VALUES ('r', 'p', 'b1', ?, ?)",
        [reaction, at],
      );
    await react('agree');
    await expect(react('disagree')).rejects.toThrow(UNIQUE);
    await expect(
      t.sql.run(
        `INSERT INTO participants (id, round_id, token_hash, name, email, stakeholder_group, country, show_only, created_at)
         VALUES ('p2', 'r', 'h2', 'Ada', 'ada@example.org', 'civil-society', 'KE', 'group-only', ?)`,
        [at],
      ),
    ).rejects.toThrow(UNIQUE);
  });
});
