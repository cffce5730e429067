import type { Migration } from '../migrate.js';

/**
 * Comment threads, their comments, and each thread's history. Comments are server records,
 * never CRDT state: only the REST API writes them. The database itself keeps what integrity
 * rests on, so no code path (nor a bug in one) can break it: a comment's author, thread and
 * creation time never change, a deleted comment stays a tombstone (emptied, never removed,
 * never revived), threads are never removed, and the history is append-only.
 */
export const comments: Migration = {
  version: 3,
  name: 'comments',
  up(db) {
    db.exec(`
      CREATE TABLE comment_threads (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        -- The CommentAnchor as JSON; block_id repeats its block for queries.
        anchor TEXT NOT NULL CHECK (json_valid(anchor)),
        block_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES people(id),
        resolved_at TEXT,
        resolved_by TEXT REFERENCES people(id),
        CHECK ((status = 'resolved') = (resolved_at IS NOT NULL AND resolved_by IS NOT NULL))
      );
      CREATE INDEX comment_threads_by_document ON comment_threads (document_id, created_at);

      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads(id),
        author_id TEXT NOT NULL REFERENCES people(id),
        body TEXT NOT NULL,
        mentions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mentions)),
        created_at TEXT NOT NULL,
        edited_at TEXT,
        deleted_at TEXT,
        CHECK (deleted_at IS NULL OR (body = '' AND mentions = '[]'))
      );
      CREATE INDEX comments_by_thread ON comments (thread_id, created_at);

      CREATE TABLE comment_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        thread_id TEXT NOT NULL REFERENCES comment_threads(id),
        comment_id TEXT REFERENCES comments(id),
        actor_id TEXT NOT NULL REFERENCES people(id),
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'reply', 'edit', 'delete', 'resolve', 'reopen')),
        detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
      );
      CREATE INDEX comment_events_by_thread ON comment_events (thread_id, seq);

      CREATE TRIGGER comment_threads_fixed BEFORE UPDATE OF id, document_id, anchor, block_id, created_at, created_by ON comment_threads
        BEGIN SELECT RAISE(ABORT, 'a comment thread''s anchor, document and author cannot change'); END;
      CREATE TRIGGER comment_threads_kept BEFORE DELETE ON comment_threads
        BEGIN SELECT RAISE(ABORT, 'comment threads are never removed'); END;

      CREATE TRIGGER comments_fixed BEFORE UPDATE OF id, thread_id, author_id, created_at ON comments
        BEGIN SELECT RAISE(ABORT, 'a comment''s author, thread and creation time cannot change'); END;
      CREATE TRIGGER comments_tombstone BEFORE UPDATE ON comments WHEN OLD.deleted_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a deleted comment cannot change'); END;
      CREATE TRIGGER comments_kept BEFORE DELETE ON comments
        BEGIN SELECT RAISE(ABORT, 'comments are never removed; deleting leaves a tombstone'); END;

      CREATE TRIGGER comment_events_no_update BEFORE UPDATE ON comment_events
        BEGIN SELECT RAISE(ABORT, 'comment_events is append-only'); END;
      CREATE TRIGGER comment_events_no_delete BEFORE DELETE ON comment_events
        BEGIN SELECT RAISE(ABORT, 'comment_events is append-only'); END;
    `);
  },
};
