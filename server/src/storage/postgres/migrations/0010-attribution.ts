import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Who changed which paragraph, and when each person last looked (twin of SQLite's 0010).
 * A `paragraph_changes` record is open while its person keeps typing in that block; once
 * closed it never changes and is never deleted (an open one may be). `closed` is 0/1.
 */
export const attribution: PgMigration = {
  version: 10,
  name: 'attribution',
  up: ddl(`
    CREATE TABLE paragraph_changes (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      -- NULL for the system's own writes (a reset from the command line, a seed).
      person_id TEXT REFERENCES people(id),
      started_at TEXT NOT NULL,
      ended_at TEXT NOT NULL,
      -- NULL when the block did not exist before / was removed by the change.
      before_text TEXT,
      after_text TEXT,
      closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
    );
    CREATE INDEX paragraph_changes_by_block ON paragraph_changes (document_id, block_id, started_at);
    CREATE INDEX paragraph_changes_by_time ON paragraph_changes (document_id, ended_at);

    CREATE TRIGGER paragraph_changes_closed_fixed BEFORE UPDATE ON paragraph_changes
      FOR EACH ROW WHEN (OLD.closed = 1)
      EXECUTE FUNCTION accord_refuse('a closed paragraph change is history and cannot change');
    CREATE TRIGGER paragraph_changes_who_fixed BEFORE UPDATE OF id, document_id, block_id, person_id, started_at, before_text ON paragraph_changes
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('who changed a paragraph, and from what, cannot change');
    CREATE TRIGGER paragraph_changes_kept BEFORE DELETE ON paragraph_changes
      FOR EACH ROW WHEN (OLD.closed = 1)
      EXECUTE FUNCTION accord_refuse('a closed paragraph change is history and is never deleted');
    -- TRUNCATE cannot look at rows, and would take the closed ones with it.
    CREATE TRIGGER paragraph_changes_kept_whole BEFORE TRUNCATE ON paragraph_changes
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('a closed paragraph change is history and is never deleted');

    CREATE TABLE document_visits (
      person_id TEXT NOT NULL REFERENCES people(id),
      document_id TEXT NOT NULL REFERENCES documents(id),
      visited_at TEXT NOT NULL,
      PRIMARY KEY (person_id, document_id)
    );
  `),
};
