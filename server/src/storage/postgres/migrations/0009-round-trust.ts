import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Consultation rounds people can trust (twin of SQLite's 0009): participant sessions and
 * their mailed confirmations, comments held until the email is confirmed (`held_by`, cleared
 * once, never set again) and held reactions, and the published reports, append-only.
 * SQLite's version also turns existing participants into confirmed sessions; a PostgreSQL
 * database has had no Accord before this schema, so there are none to convert.
 */
export const roundTrust: PgMigration = {
  version: 9,
  name: 'round-trust',
  up: ddl(`
    CREATE TABLE participant_sessions (
      -- SHA-256 of the bearer token; the token itself is never stored.
      token_hash TEXT PRIMARY KEY,
      -- Opaque id shown to the session's holder.
      id TEXT NOT NULL UNIQUE,
      participant_id TEXT NOT NULL REFERENCES participants(id),
      round_id TEXT NOT NULL REFERENCES rounds(id),
      -- As typed at this registration; shown only to this session's holder.
      name TEXT NOT NULL,
      show_only TEXT NOT NULL CHECK (show_only IN ('name-and-group', 'group-only')),
      created_at TEXT NOT NULL,
      confirmed_at TEXT
    );
    CREATE INDEX participant_sessions_by_participant ON participant_sessions (participant_id);

    CREATE TABLE participant_confirmations (
      -- SHA-256 of the single-use code in the mailed link.
      token_hash TEXT PRIMARY KEY,
      session_hash TEXT NOT NULL REFERENCES participant_sessions(token_hash),
      round_id TEXT NOT NULL REFERENCES rounds(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT
    );

    ALTER TABLE public_comments ADD COLUMN held_by TEXT REFERENCES participant_sessions(token_hash);
    CREATE INDEX public_comments_held ON public_comments (held_by) WHERE held_by IS NOT NULL;

    CREATE TABLE held_reactions (
      session_hash TEXT NOT NULL REFERENCES participant_sessions(token_hash),
      round_id TEXT NOT NULL REFERENCES rounds(id),
      block_id TEXT NOT NULL,
      reaction TEXT NOT NULL CHECK (reaction IN ('agree', 'disagree')),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (session_hash, block_id)
    );

    CREATE TABLE round_reports (
      round_id TEXT NOT NULL REFERENCES rounds(id),
      format TEXT NOT NULL CHECK (format IN ('html', 'markdown', 'csv', 'docx')),
      content_type TEXT NOT NULL,
      extension TEXT NOT NULL,
      body BYTEA NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (round_id, format)
    );

    CREATE TRIGGER participant_confirmations_fixed BEFORE UPDATE OF token_hash, session_hash, round_id, created_at, expires_at ON participant_confirmations
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a confirmation link cannot change; mail a new one');
    CREATE TRIGGER participant_confirmations_once BEFORE UPDATE OF used_at ON participant_confirmations
      FOR EACH ROW WHEN (OLD.used_at IS NOT NULL) EXECUTE FUNCTION accord_refuse('a confirmation link works once');
    CREATE TRIGGER participant_confirmations_kept BEFORE DELETE ON participant_confirmations
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('confirmation links are kept; they expire');
    CREATE TRIGGER participant_confirmations_kept_whole BEFORE TRUNCATE ON participant_confirmations
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('confirmation links are kept; they expire');
    CREATE TRIGGER public_comments_held_once BEFORE UPDATE OF held_by ON public_comments
      FOR EACH ROW WHEN (NEW.held_by IS NOT NULL)
      EXECUTE FUNCTION accord_refuse('a comment is held only when it is written; it can be released, not held again');
    CREATE TRIGGER round_reports_no_update BEFORE UPDATE ON round_reports
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a published report cannot change');
    CREATE TRIGGER round_reports_no_delete BEFORE DELETE ON round_reports
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a published report cannot change');
    CREATE TRIGGER round_reports_no_truncate BEFORE TRUNCATE ON round_reports
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('a published report cannot change');
  `),
};
