import { describe, expect, it } from 'vitest';
import { dialects, testDatabase } from '../../testing.js';

describe.each(dialects)('migration 0008-invitation-revocation on %s', (dialect) => {
  const t = testDatabase(dialect, 'invitation_revocation_migration');

  it('gives invitations a unique public id, who invited, and a revocation mark', async () => {
    await t.sql.run(
      "INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('w', 'W', '2026-12-01', '2026-12-01')",
    );
    const add = (id: string, hash: string) =>
      t.sql.run(
        "INSERT INTO invitations (id, token_hash, workspace_id, email, role, created_at, expires_at) VALUES (?, ?, 'w', 'a@example.org', 'member', '2026-12-01', '2026-12-08')",
        [id, hash],
      );
    await add('inv1', 'hash1');
    await expect(add('inv1', 'hash2')).rejects.toThrow(/UNIQUE|duplicate key/);
    await t.sql.run("UPDATE invitations SET revoked_at = '2026-12-02' WHERE id = 'inv1'");
    expect(await t.sql.all('SELECT id, invited_by, revoked_at FROM invitations')).toEqual([
      { id: 'inv1', invited_by: null, revoked_at: '2026-12-02' },
    ]);
  });
});
