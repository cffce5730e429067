import type { Migration } from '../migrate.js';

/**
 * Who changed which paragraph, and when each person last looked (issue 13, parts 1–2).
 *
 * `paragraph_changes` is the server's own record of text changes per block, written from the
 * authenticated connection (or the person a server write was made for), never from anything a
 * client claims. It lives apart from `document_updates`, so compaction, which deletes logged
 * updates, leaves it whole. A record is open while its person keeps typing in that block
 * (its `ended_at` and `after_text` move); once closed it never changes and is never deleted.
 * An open record whose text came back to where it started may be deleted: nothing changed.
 *
 * `document_visits` holds, per person and document, when they last opened it.
 */
export const attribution: Migration = {
  version: 10,
  name: 'attribution',
  up(db) {
    db.exec(`
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

      CREATE TRIGGER paragraph_changes_closed_fixed BEFORE UPDATE ON paragraph_changes WHEN OLD.closed = 1
        BEGIN SELECT RAISE(ABORT, 'a closed paragraph change is history and cannot change'); END;
      CREATE TRIGGER paragraph_changes_who_fixed BEFORE UPDATE OF id, document_id, block_id, person_id, started_at, before_text ON paragraph_changes
        BEGIN SELECT RAISE(ABORT, 'who changed a paragraph, and from what, cannot change'); END;
      CREATE TRIGGER paragraph_changes_kept BEFORE DELETE ON paragraph_changes WHEN OLD.closed = 1
        BEGIN SELECT RAISE(ABORT, 'a closed paragraph change is history and is never deleted'); END;

      CREATE TABLE document_visits (
        person_id TEXT NOT NULL REFERENCES people(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        visited_at TEXT NOT NULL,
        PRIMARY KEY (person_id, document_id)
      );
    `);
  },
};
