import { describe, expect, it } from 'vitest';
import { seedRound as seedRoundRecords, tempDatabase } from '../testing.js';

const t = tempDatabase('rounds-migration');
const at = '2026-12-01T09:00:00.000Z';

/** {@link seedRoundRecords} plus one event in the round's log. */
async function seedRound(): Promise<void> {
  await seedRoundRecords(t.db, at);
  t.db
    .prepare(
      "INSERT INTO round_events (round_id, comment_id, actor_kind, actor_id, at, action) VALUES ('r', 'c', 'participant', 'p', ?, 'comment')",
    )
    .run(at);
}

describe('migration 0006-rounds', () => {
  it('keeps comments, their text and the event log', async () => {
    await seedRound();
    expect(() => t.db.prepare("UPDATE public_comments SET text = 'changed' WHERE id = 'c'").run()).toThrow(
      /cannot change/,
    );
    expect(() => t.db.prepare("DELETE FROM public_comments WHERE id = 'c'").run()).toThrow(/never removed/);
    expect(() => t.db.prepare("UPDATE round_events SET action = 'hide'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM round_events').run()).toThrow(/append-only/);
    expect(() => t.db.prepare("DELETE FROM rounds WHERE id = 'r'").run()).toThrow(/never removed/);
  });

  it('needs a reason exactly when a comment is hidden, and a close after the opening', async () => {
    await seedRound();
    expect(() => t.db.prepare("UPDATE public_comments SET status = 'hidden' WHERE id = 'c'").run()).toThrow(/CHECK/);
    t.db.prepare("UPDATE public_comments SET status = 'hidden', hidden_reason = 'abuse' WHERE id = 'c'").run();
    expect(() => t.db.prepare("UPDATE public_comments SET status = 'published' WHERE id = 'c'").run()).toThrow(/CHECK/);
    t.db.prepare("UPDATE public_comments SET status = 'published', hidden_reason = NULL WHERE id = 'c'").run();
    expect(() => t.db.prepare("UPDATE rounds SET closes_at = '2026-01-01T00:00:00.000Z'").run()).toThrow(/CHECK/);
  });

  it('keeps one reaction per participant and paragraph, and one registration per email and round', async () => {
    await seedRound();
    const react = t.db.prepare(
      "INSERT INTO paragraph_reactions (round_id, participant_id, block_id, reaction, updated_at) VALUES ('r', 'p', 'b1', ?, ?)",
    );
    react.run('agree', at);
    expect(() => react.run('disagree', at)).toThrow(/UNIQUE/);
    expect(() =>
      t.db
        .prepare(
          `INSERT INTO participants (id, round_id, token_hash, name, email, stakeholder_group, country, show_only, created_at)
           VALUES ('p2', 'r', 'h2', 'Ada', 'ada@example.org', 'civil-society', 'KE', 'group-only', ?)`,
        )
        .run(at),
    ).toThrow(/UNIQUE/);
  });
});
