import { defaultStakeholderGroups } from '@accord/schema';
import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * People, their credentials and roles, sessions, API tokens, invitations, and the audit log
 * (twin of SQLite's 0002). Emails are unique whatever their case through an index on
 * `lower(email)` (SQLite: COLLATE NOCASE); stores compare `lower(email) = lower(?)`. Audit
 * entries are numbered in commit order (see `audit_log_in_commit_order`), so tailing by seq
 * misses none.
 */
export const identity: PgMigration = {
  version: 2,
  name: 'identity',
  async up(tx) {
    await tx.run(
      ddl(`
      CREATE TABLE stakeholder_groups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        stakeholder_group TEXT NOT NULL REFERENCES stakeholder_groups(id),
        affiliation TEXT,
        country TEXT,
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX people_email_unique ON people (lower(email));

      CREATE TABLE passwords (
        person_id TEXT PRIMARY KEY REFERENCES people(id),
        hash TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE workspace_roles (
        person_id TEXT NOT NULL REFERENCES people(id),
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        role TEXT NOT NULL CHECK (role IN ('secretariat', 'coordinator', 'member', 'contributor', 'observer')),
        granted_at TEXT NOT NULL,
        PRIMARY KEY (person_id, workspace_id)
      );
      CREATE INDEX workspace_roles_by_workspace ON workspace_roles (workspace_id, person_id);

      -- Rows narrow a document's audience; no rows = everyone with a role in its workspace.
      CREATE TABLE document_audience (
        document_id TEXT NOT NULL REFERENCES documents(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        PRIMARY KEY (document_id, person_id)
      );

      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        csrf_hash TEXT NOT NULL
      );
      CREATE INDEX sessions_by_person ON sessions (person_id);

      CREATE TABLE api_tokens (
        id_hash TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX api_tokens_by_person ON api_tokens (person_id);

      -- SQLite declares email COLLATE NOCASE; here stores compare lower(email).
      CREATE TABLE invitations (
        token_hash TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        email TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('secretariat', 'coordinator', 'member', 'contributor', 'observer')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );

      -- detail stays TEXT (stores read and write strings); the cast refuses text that is not JSON.
      CREATE TABLE audit_log (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        actor_person_id TEXT,
        action TEXT NOT NULL,
        workspace_id TEXT,
        target TEXT,
        detail TEXT NOT NULL DEFAULT '{}' CHECK (detail::json IS NOT NULL)
      );
      CREATE INDEX audit_log_by_workspace ON audit_log (workspace_id, seq);

      -- Append-only in the database itself, so no code path (nor a bug in one) can rewrite history.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION accord_refuse('audit_log is append-only');
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION accord_refuse('audit_log is append-only');
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('audit_log is append-only');

      -- Every instance tails the audit log by seq (access changes close sockets). A sequence
      -- hands out numbers at insert, not at commit: two instances' transactions could commit
      -- seq 11 before 10, and a reader that had seen 11 would never read 10. So an insert first
      -- waits for the transaction that inserted before it to end: seq order is commit order.
      -- (SQLite has one writer at a time, so its order already is.)
      CREATE FUNCTION accord_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME || ':commit-order'));
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER audit_log_in_commit_order BEFORE INSERT ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION accord_in_commit_order();
    `),
    );
    const now = new Date().toISOString();
    // One at a time, in the schema's order: stakeholder groups are listed in insertion order.
    for (const group of defaultStakeholderGroups) {
      await tx.run('INSERT INTO stakeholder_groups (id, name, created_at) VALUES (?, ?, ?)', [
        group.id,
        group.name,
        now,
      ]);
    }
  },
};
