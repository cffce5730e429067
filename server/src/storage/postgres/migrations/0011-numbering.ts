import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Numbers that stay put (twin of SQLite's 0011): every change of a document's numbering is a
 * row of `numbering_events`, append-only by trigger; the newest row is the setting.
 */
export const numbering: PgMigration = {
  version: 11,
  name: 'numbering',
  up: ddl(`
    CREATE TABLE numbering_events (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      action TEXT NOT NULL CHECK (action IN ('freeze', 'renumber', 'unfreeze')),
      -- JSON array of {blockId, number}; NULL when numbering went back to live.
      baseline TEXT,
      version_id TEXT REFERENCES versions(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES people(id),
      CHECK ((action = 'unfreeze') = (baseline IS NULL)),
      CHECK (action = 'freeze' OR version_id IS NULL)
    );
    CREATE INDEX numbering_events_by_document ON numbering_events (document_id, seq);

    CREATE TRIGGER numbering_events_no_update BEFORE UPDATE ON numbering_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a numbering change is recorded once; record a new one');
    CREATE TRIGGER numbering_events_no_delete BEFORE DELETE ON numbering_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('numbering changes are never removed');
    CREATE TRIGGER numbering_events_no_truncate BEFORE TRUNCATE ON numbering_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('numbering changes are never removed');
  `),
};
