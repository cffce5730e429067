import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Invitations that are mailed, listed and revoked (twin of SQLite's 0008): a public id of
 * their own, who invited, and a revocation mark. SQLite's version also gives existing rows an
 * id; a PostgreSQL database has had no Accord before this schema, so there are none. The id
 * stays nullable as in SQLite (stores always set it); the unique index holds it to one row.
 */
export const invitationRevocation: PgMigration = {
  version: 8,
  name: 'invitation-revocation',
  up: ddl(`
    ALTER TABLE invitations ADD COLUMN id TEXT;
    ALTER TABLE invitations ADD COLUMN invited_by TEXT REFERENCES people(id);
    ALTER TABLE invitations ADD COLUMN revoked_at TEXT;
    CREATE UNIQUE INDEX invitations_by_id ON invitations (id);
    CREATE INDEX invitations_pending ON invitations (workspace_id, expires_at) WHERE used_at IS NULL AND revoked_at IS NULL;
  `),
};
