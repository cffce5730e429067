import type { Migration } from '../migrate.js';

/**
 * Invitations that are mailed, listed and revoked (issue 12). The secretariat never sees the
 * link any more, so a pending invitation needs a public id of its own to be named by; who
 * invited is kept for the list, and a revoked invitation is marked, never deleted, so the
 * link dies and the row still explains why.
 */
export const invitationRevocation: Migration = {
  version: 8,
  name: 'invitation-revocation',
  up(db) {
    db.exec(`
      ALTER TABLE invitations ADD COLUMN id TEXT;
      ALTER TABLE invitations ADD COLUMN invited_by TEXT REFERENCES people(id);
      ALTER TABLE invitations ADD COLUMN revoked_at TEXT;
      UPDATE invitations SET id = lower(hex(randomblob(10))) WHERE id IS NULL;
      CREATE UNIQUE INDEX invitations_by_id ON invitations (id);
      CREATE INDEX invitations_pending ON invitations (workspace_id, expires_at) WHERE used_at IS NULL AND revoked_at IS NULL;
    `);
  },
};
