import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing.js';

const t = tempDatabase('invitation-revocation-migration');

describe('migration 0008-invitation-revocation', () => {
  it('gives invitations a unique public id, who invited, and a revocation mark', () => {
    t.db
      .prepare(
        "INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('w', 'W', '2026-12-01', '2026-12-01')",
      )
      .run();
    const add = t.db.prepare(
      "INSERT INTO invitations (id, token_hash, workspace_id, email, role, created_at, expires_at) VALUES (?, ?, 'w', 'a@example.org', 'member', '2026-12-01', '2026-12-08')",
    );
    add.run('inv1', 'hash1');
    expect(() => add.run('inv1', 'hash2')).toThrow(/UNIQUE/);
    t.db.prepare("UPDATE invitations SET revoked_at = '2026-12-02' WHERE id = 'inv1'").run();
    expect(t.db.prepare('SELECT id, invited_by, revoked_at FROM invitations').all()).toEqual([
      { id: 'inv1', invited_by: null, revoked_at: '2026-12-02' },
    ]);
  });
});
