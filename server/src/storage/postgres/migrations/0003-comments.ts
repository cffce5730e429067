import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Comment threads, their comments, and each thread's history (twin of SQLite's 0003): a
 * comment's author, thread and creation time never change, a deleted comment stays a
 * tombstone, threads are never removed, and the history is append-only — by trigger.
 * JSON columns stay TEXT; the `::json` cast check stands in for SQLite's json_valid.
 */
export const comments: PgMigration = {
  version: 3,
  name: 'comments',
  up: ddl(`
    CREATE TABLE comment_threads (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      -- The CommentAnchor as JSON; block_id repeats its block for queries.
      anchor TEXT NOT NULL CHECK (anchor::json IS NOT NULL),
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
      mentions TEXT NOT NULL DEFAULT '[]' CHECK (mentions::json IS NOT NULL),
      created_at TEXT NOT NULL,
      edited_at TEXT,
      deleted_at TEXT,
      CHECK (deleted_at IS NULL OR (body = '' AND mentions = '[]'))
    );
    CREATE INDEX comments_by_thread ON comments (thread_id, created_at);

    CREATE TABLE comment_events (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      thread_id TEXT NOT NULL REFERENCES comment_threads(id),
      comment_id TEXT REFERENCES comments(id),
      actor_id TEXT NOT NULL REFERENCES people(id),
      at TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('create', 'reply', 'edit', 'delete', 'resolve', 'reopen')),
      detail TEXT NOT NULL DEFAULT '{}' CHECK (detail::json IS NOT NULL)
    );
    CREATE INDEX comment_events_by_thread ON comment_events (thread_id, seq);

    CREATE TRIGGER comment_threads_fixed BEFORE UPDATE OF id, document_id, anchor, block_id, created_at, created_by ON comment_threads
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a comment thread''s anchor, document and author cannot change');
    CREATE TRIGGER comment_threads_kept BEFORE DELETE ON comment_threads
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('comment threads are never removed');
    CREATE TRIGGER comment_threads_kept_whole BEFORE TRUNCATE ON comment_threads
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('comment threads are never removed');

    CREATE TRIGGER comments_fixed BEFORE UPDATE OF id, thread_id, author_id, created_at ON comments
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a comment''s author, thread and creation time cannot change');
    CREATE TRIGGER comments_tombstone BEFORE UPDATE ON comments
      FOR EACH ROW WHEN (OLD.deleted_at IS NOT NULL) EXECUTE FUNCTION accord_refuse('a deleted comment cannot change');
    CREATE TRIGGER comments_kept BEFORE DELETE ON comments
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('comments are never removed; deleting leaves a tombstone');
    CREATE TRIGGER comments_kept_whole BEFORE TRUNCATE ON comments
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('comments are never removed; deleting leaves a tombstone');

    CREATE TRIGGER comment_events_no_update BEFORE UPDATE ON comment_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('comment_events is append-only');
    CREATE TRIGGER comment_events_no_delete BEFORE DELETE ON comment_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('comment_events is append-only');
    CREATE TRIGGER comment_events_no_truncate BEFORE TRUNCATE ON comment_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('comment_events is append-only');
  `),
};
