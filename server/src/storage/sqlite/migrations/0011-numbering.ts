import type { Migration } from '../migrate.js';

/**
 * Numbers that stay put (issue 13): a document's numbering is live, or frozen at a baseline
 * (block id → number). Every change — freeze at a version, renumber, back to live — is a row of
 * `numbering_events`, append-only by trigger; a document's setting is its newest row (none: live).
 */
export const numbering: Migration = {
  version: 11,
  name: 'numbering',
  up(db) {
    db.exec(`
      CREATE TABLE numbering_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
        BEGIN SELECT RAISE(ABORT, 'a numbering change is recorded once; record a new one'); END;
      CREATE TRIGGER numbering_events_no_delete BEFORE DELETE ON numbering_events
        BEGIN SELECT RAISE(ABORT, 'numbering changes are never removed'); END;
    `);
  },
};
