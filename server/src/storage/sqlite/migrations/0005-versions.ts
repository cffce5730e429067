import type { Migration } from '../migrate.js';

/**
 * Named versions (issue 7): a version freezes a document's Yjs state and its rendered blocks
 * (with numbers, brackets and statuses) at the moment it was saved. The database keeps the
 * promise that a version never changes: no UPDATE or DELETE, by trigger. `draft_origins`
 * records which version a document was started from, equally final.
 */
export const versions: Migration = {
  version: 5,
  name: 'versions',
  up(db) {
    db.exec(`
      CREATE TABLE versions (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        note TEXT,
        title TEXT NOT NULL,
        -- Y.encodeStateAsUpdate of the live document when saved.
        state BLOB NOT NULL,
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
        BEGIN SELECT RAISE(ABORT, 'a version never changes; save a new one'); END;
      CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
        BEGIN SELECT RAISE(ABORT, 'a version is never removed'); END;
      CREATE TRIGGER draft_origins_no_update BEFORE UPDATE ON draft_origins
        BEGIN SELECT RAISE(ABORT, 'where a draft started never changes'); END;
      CREATE TRIGGER draft_origins_no_delete BEFORE DELETE ON draft_origins
        BEGIN SELECT RAISE(ABORT, 'where a draft started is never removed'); END;
    `);
  },
};
