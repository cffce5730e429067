import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Suggestions (twin of SQLite's 0012): one row per suggestion and document kept current,
 * its history in `suggestion_events` (append-only by trigger), a document's rule for members
 * in `suggestion_settings`, and the suggestion a comment thread discusses.
 */
export const suggestions: PgMigration = {
  version: 12,
  name: 'suggestions',
  up: ddl(`
    CREATE TABLE suggestions (
      id TEXT NOT NULL,
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      -- The node's author, verified by the server against the sender when the node was made.
      author_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('insert', 'delete')),
      text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'withdrawn', 'removed')),
      decided_by TEXT,
      decided_at TEXT,
      PRIMARY KEY (document_id, id)
    );
    CREATE INDEX suggestions_pending ON suggestions (document_id, status);

    CREATE TABLE suggestion_events (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      suggestion_id TEXT NOT NULL,
      event TEXT NOT NULL CHECK (event IN ('created', 'accepted', 'rejected', 'withdrawn', 'removed', 'restored')),
      -- The person whose update or request did it; NULL for the system's own writes.
      actor_id TEXT,
      at TEXT NOT NULL,
      text TEXT NOT NULL
    );
    CREATE INDEX suggestion_events_by_suggestion ON suggestion_events (document_id, suggestion_id, seq);
    CREATE TRIGGER suggestion_events_no_update BEFORE UPDATE ON suggestion_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('suggestion events are history and never change');
    CREATE TRIGGER suggestion_events_no_delete BEFORE DELETE ON suggestion_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('suggestion events are history and are never deleted');
    CREATE TRIGGER suggestion_events_no_truncate BEFORE TRUNCATE ON suggestion_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('suggestion events are history and are never deleted');

    CREATE TABLE suggestion_settings (
      document_id TEXT PRIMARY KEY REFERENCES documents(id),
      members TEXT NOT NULL CHECK (members IN ('open', 'agreed', 'all')),
      set_at TEXT NOT NULL,
      set_by TEXT NOT NULL REFERENCES people(id)
    );

    ALTER TABLE comment_threads ADD COLUMN suggestion_id TEXT;
  `),
};
