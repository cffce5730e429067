import { describe, expect, it } from 'vitest';
import { dialects, seedRound, testDatabase } from '../../testing.js';

const at = '2026-12-01T09:00:00.000Z';
const report = (format: string, body: number) =>
  [
    "INSERT INTO round_reports (round_id, format, content_type, extension, body, created_at) VALUES ('r', ?, 'text/markdown', 'md', ?, ?)",
    [format, Uint8Array.of(body), at],
  ] as const;

describe.each(dialects)('migration 0009-round-trust on %s', (dialect) => {
  const t = testDatabase(dialect, 'round_trust_migration');

  const session = () =>
    t.sql.run(
      "INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at) VALUES ('s', 's1', 'p', 'r', 'Ada', 'group-only', ?)",
      [at],
    );

  it('uses a confirmation code once, and never removes one', async () => {
    await seedRound(t.sql, at);
    await session();
    await t.sql.run(
      "INSERT INTO participant_confirmations (token_hash, session_hash, round_id, created_at, expires_at) VALUES ('k', 's', 'r', ?, ?)",
      [at, at],
    );
    await t.sql.run("UPDATE participant_confirmations SET used_at = ? WHERE token_hash = 'k'", [at]);
    await expect(
      t.sql.run("UPDATE participant_confirmations SET used_at = ? WHERE token_hash = 'k'", [at]),
    ).rejects.toThrow(/works once/);
    await expect(t.sql.run("UPDATE participant_confirmations SET expires_at = 'later'")).rejects.toThrow(
      /cannot change/,
    );
    await expect(t.sql.run('DELETE FROM participant_confirmations')).rejects.toThrow(/kept/);
  });

  it('releases a held comment once and never holds it again', async () => {
    await seedRound(t.sql, at);
    await session();
    await t.sql.run(
      `INSERT INTO public_comments (id, round_id, participant_id, anchor, text, status, created_at, held_by) VALUES ('c2', 'r', 'p', '{"kind":"general"}', 'Held', 'published', ?, 's')`,
      [at],
    );
    await t.sql.run("UPDATE public_comments SET held_by = NULL WHERE id = 'c2'");
    await expect(t.sql.run("UPDATE public_comments SET held_by = 's' WHERE id = 'c2'")).rejects.toThrow(
      /released, not held again/,
    );
  });

  it('keeps a published report as stored', async () => {
    await seedRound(t.sql, at);
    await t.sql.run(...report('markdown', 0x48));
    await expect(t.sql.run(...report('markdown', 0))).rejects.toThrow(/UNIQUE|PRIMARY|duplicate key/);
    await expect(t.sql.run('UPDATE round_reports SET body = ?', [Uint8Array.of(0)])).rejects.toThrow(/cannot change/);
    await expect(t.sql.run('DELETE FROM round_reports')).rejects.toThrow(/cannot change/);
    await expect(t.sql.run(...report('pdf', 0))).rejects.toThrow(/CHECK|check constraint/);
  });
});
