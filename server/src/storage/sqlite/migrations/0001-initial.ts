import type { Migration } from '../migrate.js';

/** Workspaces, documents, and each document's update log with its snapshot. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_by_workspace ON documents (workspace_id, created_at);

      -- Every accepted update, in order; a compaction folds a prefix into document_snapshots.
      CREATE TABLE document_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents(id),
        data BLOB NOT NULL
      );
      CREATE INDEX document_updates_by_document ON document_updates (document_id, seq);

      CREATE TABLE document_snapshots (
        document_id TEXT PRIMARY KEY REFERENCES documents(id),
        data BLOB NOT NULL,
        upto_seq INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
    `);
  },
};
