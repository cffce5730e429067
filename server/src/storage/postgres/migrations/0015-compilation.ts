import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * The compilation (twin of SQLite's 0015): the sources each compiled block cites (current view,
 * by block id), their history (append-only by trigger), and the divergences catalogued on
 * compiled paragraphs (append-only).
 */
export const compilation: PgMigration = {
  version: 15,
  name: 'compilation',
  up: ddl(`
    CREATE TABLE compilation_sources (
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      contribution_id TEXT NOT NULL,
      paragraph INTEGER NOT NULL CHECK (paragraph >= 0),
      organisation TEXT NOT NULL,
      cited_by TEXT,
      cited_at TEXT NOT NULL,
      removed_at TEXT,
      PRIMARY KEY (document_id, block_id, contribution_id, paragraph)
    );
    CREATE INDEX compilation_sources_by_contribution ON compilation_sources (contribution_id, paragraph);

    CREATE TABLE compilation_source_events (
      -- INTEGER (not BIGINT as the busy logs): the parity test expects INTEGER, and a compilation has few source events.
      seq INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      contribution_id TEXT NOT NULL,
      paragraph INTEGER NOT NULL,
      event TEXT NOT NULL CHECK (event IN ('inserted', 'merged', 'removed', 'restored')),
      -- For 'merged': the block whose text (and sources) went into block_id.
      from_block_id TEXT,
      -- The person whose request or update did it; NULL when unknown.
      actor_id TEXT,
      at TEXT NOT NULL
    );
    CREATE INDEX compilation_source_events_by_document ON compilation_source_events (document_id, seq);
    CREATE TRIGGER compilation_source_events_no_update BEFORE UPDATE ON compilation_source_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('compilation source events are history and never change');
    CREATE TRIGGER compilation_source_events_no_delete BEFORE DELETE ON compilation_source_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('compilation source events are history and are never deleted');
    CREATE TRIGGER compilation_source_events_no_truncate BEFORE TRUNCATE ON compilation_source_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('compilation source events are history and are never deleted');

    CREATE TABLE compilation_divergences (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      views TEXT NOT NULL,
      note TEXT,
      created_by TEXT NOT NULL REFERENCES people(id),
      created_at TEXT NOT NULL
    );
    CREATE INDEX compilation_divergences_by_document ON compilation_divergences (document_id, created_at);
    CREATE TRIGGER compilation_divergences_no_update BEFORE UPDATE ON compilation_divergences
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('divergences are a record and never change; record a new one');
    CREATE TRIGGER compilation_divergences_no_delete BEFORE DELETE ON compilation_divergences
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('divergences are a record and are never deleted');
    CREATE TRIGGER compilation_divergences_no_truncate BEFORE TRUNCATE ON compilation_divergences
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('divergences are a record and are never deleted');
  `),
};
