import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Named versions (twin of SQLite's 0005): a version freezes a document's Yjs state and its
 * rendered blocks; it never changes nor goes away, by trigger. `draft_origins`, which version
 * a document was started from, is equally final.
 */
export const versions: PgMigration = {
  version: 5,
  name: 'versions',
  up: ddl(`
    CREATE TABLE versions (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      note TEXT,
      title TEXT NOT NULL,
      -- Y.encodeStateAsUpdate of the live document when saved.
      state BYTEA NOT NULL,
      -- JSON array of VersionBlock (@accord/schema), rendered from that state when saved.
      blocks TEXT NOT NULL,
      based_on TEXT REFERENCES versions(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES people(id)
    );
    CREATE INDEX versions_by_document ON versions (document_id, created_at);

    CREATE TABLE draft_origins (
      document_id TEXT PRIMARY KEY REFERENCES documents(id),
      version_id TEXT NOT NULL REFERENCES versions(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES people(id)
    );

    CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a version never changes; save a new one');
    CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a version is never removed');
    CREATE TRIGGER versions_no_truncate BEFORE TRUNCATE ON versions
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('a version is never removed');
    CREATE TRIGGER draft_origins_no_update BEFORE UPDATE ON draft_origins
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('where a draft started never changes');
    CREATE TRIGGER draft_origins_no_delete BEFORE DELETE ON draft_origins
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('where a draft started is never removed');
    CREATE TRIGGER draft_origins_no_truncate BEFORE TRUNCATE ON draft_origins
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('where a draft started is never removed');
  `),
};
