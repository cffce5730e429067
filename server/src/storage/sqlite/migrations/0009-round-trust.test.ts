import { describe, expect, it } from 'vitest';
import { seedRound, tempDatabase } from '../testing.js';

const t = tempDatabase('round-trust-migration');
const at = '2026-12-01T09:00:00.000Z';

describe('migration 0009-round-trust', () => {
  it('uses a confirmation code once, and never removes one', async () => {
    await seedRound(t.db, at);
    t.db
      .prepare(
        "INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at) VALUES ('s', 's1', 'p', 'r', 'Ada', 'group-only', ?)",
      )
      .run(at);
    t.db
      .prepare(
        "INSERT INTO participant_confirmations (token_hash, session_hash, round_id, created_at, expires_at) VALUES ('k', 's', 'r', ?, ?)",
      )
      .run(at, at);
    t.db.prepare("UPDATE participant_confirmations SET used_at = ? WHERE token_hash = 'k'").run(at);
    expect(() =>
      t.db.prepare("UPDATE participant_confirmations SET used_at = ? WHERE token_hash = 'k'").run(at),
    ).toThrow(/works once/);
    expect(() => t.db.prepare("UPDATE participant_confirmations SET expires_at = 'later'").run()).toThrow(
      /cannot change/,
    );
    expect(() => t.db.prepare('DELETE FROM participant_confirmations').run()).toThrow(/kept/);
  });

  it('releases a held comment once and never holds it again', async () => {
    await seedRound(t.db, at);
    t.db
      .prepare(
        "INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at) VALUES ('s', 's1', 'p', 'r', 'Ada', 'group-only', ?)",
      )
      .run(at);
    t.db
      .prepare(
        `INSERT INTO public_comments (id, round_id, participant_id, anchor, text, status, created_at, held_by) VALUES ('c2', 'r', 'p', '{"kind":"general"}', 'Held', 'published', ?, 's')`,
      )
      .run(at);
    t.db.prepare("UPDATE public_comments SET held_by = NULL WHERE id = 'c2'").run();
    expect(() => t.db.prepare("UPDATE public_comments SET held_by = 's' WHERE id = 'c2'").run()).toThrow(
      /released, not held again/,
    );
  });

  it('keeps a published report as stored', async () => {
    await seedRound(t.db, at);
    t.db
      .prepare(
        "INSERT INTO round_reports (round_id, format, content_type, extension, body, created_at) VALUES ('r', 'markdown', 'text/markdown', 'md', x'4869', ?)",
      )
      .run(at);
    expect(() =>
      t.db
        .prepare(
          "INSERT INTO round_reports (round_id, format, content_type, extension, body, created_at) VALUES ('r', 'markdown', 'text/markdown', 'md', x'00', ?)",
        )
        .run(at),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() => t.db.prepare("UPDATE round_reports SET body = x'00'").run()).toThrow(/cannot change/);
    expect(() => t.db.prepare('DELETE FROM round_reports').run()).toThrow(/cannot change/);
    expect(() =>
      t.db
        .prepare(
          "INSERT INTO round_reports (round_id, format, content_type, extension, body, created_at) VALUES ('r', 'pdf', 'x', 'pdf', x'00', ?)",
        )
        .run(at),
    ).toThrow(/CHECK/);
  });
});
