import type { Migration } from '../migrate.js';

/**
 * Processing a closed consultation round (issue 7). A disposition is never overwritten: each
 * decision is a new row, the newest per comment counts, so the table is its own history and
 * triggers keep it append-only. A round's revised version is linked once and for good — the
 * published comment-response report points to it.
 */
export const roundProcessing: Migration = {
  version: 7,
  name: 'round-processing',
  up(db) {
    db.exec(`
      CREATE TABLE comment_dispositions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        comment_id TEXT NOT NULL REFERENCES public_comments(id),
        round_id TEXT NOT NULL REFERENCES rounds(id),
        disposition TEXT NOT NULL CHECK (disposition IN ('accepted', 'partly-accepted', 'not-accepted', 'noted', 'out-of-scope')),
        -- Raw text as typed; always rendered as text.
        response TEXT NOT NULL DEFAULT '' CHECK (length(response) <= 5000),
        -- The live paragraph the comment changed, by block id.
        changed_block_id TEXT,
        decided_at TEXT NOT NULL,
        decided_by TEXT NOT NULL REFERENCES people(id)
      );
      CREATE INDEX comment_dispositions_by_round ON comment_dispositions (round_id, comment_id, seq);

      CREATE TABLE round_revisions (
        round_id TEXT PRIMARY KEY REFERENCES rounds(id),
        version_id TEXT NOT NULL UNIQUE REFERENCES versions(id),
        published_at TEXT NOT NULL,
        published_by TEXT NOT NULL REFERENCES people(id)
      );

      CREATE TRIGGER comment_dispositions_no_update BEFORE UPDATE ON comment_dispositions
        BEGIN SELECT RAISE(ABORT, 'comment_dispositions is append-only: record a new decision instead'); END;
      CREATE TRIGGER comment_dispositions_no_delete BEFORE DELETE ON comment_dispositions
        BEGIN SELECT RAISE(ABORT, 'comment_dispositions is append-only'); END;
      CREATE TRIGGER round_revisions_no_update BEFORE UPDATE ON round_revisions
        BEGIN SELECT RAISE(ABORT, 'a round''s revised version, once published, cannot change'); END;
      CREATE TRIGGER round_revisions_no_delete BEFORE DELETE ON round_revisions
        BEGIN SELECT RAISE(ABORT, 'a round''s revised version, once published, cannot change'); END;
    `);
  },
};
