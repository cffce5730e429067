import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Workspaces, documents, and each document's update log with its snapshot; and
 * `accord_refuse`, the one trigger function every append-only rule calls with its message.
 */
export const initial: PgMigration = {
  version: 1,
  name: 'initial',
  up: ddl(`
    -- Raised as P0001 with the trigger's own message, which isRefusedByTrigger recognises.
    CREATE FUNCTION accord_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '%', TG_ARGV[0];
    END
    $$;

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
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      data BYTEA NOT NULL
    );
    CREATE INDEX document_updates_by_document ON document_updates (document_id, seq);

    CREATE TABLE document_snapshots (
      document_id TEXT PRIMARY KEY REFERENCES documents(id),
      data BYTEA NOT NULL,
      upto_seq BIGINT NOT NULL,
      created_at TEXT NOT NULL
    );
  `),
};
