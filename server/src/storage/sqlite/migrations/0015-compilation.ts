import type { Migration } from '../migrate.js';

/**
 * The compilation (issue 14): the sources of compiled paragraphs and the differences of opinion
 * catalogued on them.
 *
 * `compilation_sources` is the current view: which contribution paragraphs each block of a
 * compilation cites. A row is keyed by block id, so it survives edits; a merge moves the row to
 * the surviving block; a block deleted outright keeps its rows with `removed_at` set (coverage
 * then no longer counts them as used). The organisation is the one the contribution named when
 * it was cited. `compilation_source_events` is the history of those rows, append-only by trigger.
 * `compilation_divergences` records, on a compiled paragraph, the views contributions hold (JSON
 * `[{view, holders: [{contributionId, organisation}]}]`); append-only too: a new entry supersedes.
 */
export const compilation: Migration = {
  version: 15,
  name: 'compilation',
  up(db) {
    db.exec(`
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
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
        BEGIN SELECT RAISE(ABORT, 'compilation source events are history and never change'); END;
      CREATE TRIGGER compilation_source_events_no_delete BEFORE DELETE ON compilation_source_events
        BEGIN SELECT RAISE(ABORT, 'compilation source events are history and are never deleted'); END;

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
        BEGIN SELECT RAISE(ABORT, 'divergences are a record and never change; record a new one'); END;
      CREATE TRIGGER compilation_divergences_no_delete BEFORE DELETE ON compilation_divergences
        BEGIN SELECT RAISE(ABORT, 'divergences are a record and are never deleted'); END;
    `);
  },
};
