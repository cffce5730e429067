import type { Migration } from '../migrate.js';

/**
 * Suggestions (issue 13, part 3). The suggestions themselves are document structure
 * (`SuggestionNode` in the Yjs state); these tables are the server's record of them: who
 * proposed what and when (the server's clock, not the node's), and how each ended — accepted,
 * rejected or withdrawn by a person, or removed when its text went without a decision.
 *
 * `suggestions` holds one row per suggestion and document, kept current (text, status);
 * `suggestion_events` is the history, append-only by trigger like the other event tables.
 * `suggestion_settings` holds a document's rule for members: `open` (they edit), `agreed`
 * (their changes to agreed paragraphs must be suggestions) or `all` (they always suggest).
 * A thread may discuss one suggestion: `comment_threads.suggestion_id`.
 */
export const suggestions: Migration = {
  version: 12,
  name: 'suggestions',
  up(db) {
    db.exec(`
      CREATE TABLE suggestions (
        id TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        block_id TEXT NOT NULL,
        -- The node's author, verified by the server against the sender when the node was made.
        author_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('insert', 'delete')),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'withdrawn', 'removed')),
        decided_by TEXT,
        decided_at TEXT,
        PRIMARY KEY (document_id, id)
      );
      CREATE INDEX suggestions_pending ON suggestions (document_id, status);

      CREATE TABLE suggestion_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents(id),
        suggestion_id TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('created', 'accepted', 'rejected', 'withdrawn', 'removed', 'restored')),
        -- The person whose update or request did it; NULL for the system's own writes.
        actor_id TEXT,
        at TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX suggestion_events_by_suggestion ON suggestion_events (document_id, suggestion_id, seq);
      CREATE TRIGGER suggestion_events_no_update BEFORE UPDATE ON suggestion_events
        BEGIN SELECT RAISE(ABORT, 'suggestion events are history and never change'); END;
      CREATE TRIGGER suggestion_events_no_delete BEFORE DELETE ON suggestion_events
        BEGIN SELECT RAISE(ABORT, 'suggestion events are history and are never deleted'); END;

      CREATE TABLE suggestion_settings (
        document_id TEXT PRIMARY KEY REFERENCES documents(id),
        members TEXT NOT NULL CHECK (members IN ('open', 'agreed', 'all')),
        set_at TEXT NOT NULL,
        set_by TEXT NOT NULL REFERENCES people(id)
      );

      ALTER TABLE comment_threads ADD COLUMN suggestion_id TEXT;
    `);
  },
};
