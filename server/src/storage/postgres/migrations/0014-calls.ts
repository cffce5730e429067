import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/** The compilation (issue 14): calls for contributions, the contributions and their public contributors (twin of SQLite's 0014). */
export const calls: PgMigration = {
  version: 14,
  name: 'calls',
  up: ddl(`
    CREATE TABLE calls (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      title TEXT NOT NULL,
      introduction TEXT NOT NULL,
      -- JSON: [{id, title, question}], ids unique within the call.
      pillars TEXT NOT NULL,
      opens_at TEXT NOT NULL,
      closes_at TEXT NOT NULL,
      participation TEXT NOT NULL CHECK (participation IN ('public', 'invited')),
      -- JSON: the invited organisations' names ([] for a public call).
      organisations TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES people(id),
      created_at TEXT NOT NULL
    );
    CREATE INDEX calls_by_document ON calls (document_id, created_at);

    -- Public contributors: one per email and call; confirmed once a mailed code came back.
    CREATE TABLE call_contributors (
      id TEXT PRIMARY KEY,
      call_id TEXT NOT NULL REFERENCES calls(id),
      name TEXT NOT NULL,
      email TEXT NOT NULL,
      created_at TEXT NOT NULL,
      confirmed_at TEXT,
      UNIQUE (call_id, email)
    );
    -- SHA-256 of the mailed codes and of the bearer tokens confirmation gives; never the values.
    CREATE TABLE call_contributor_codes (
      code_hash TEXT PRIMARY KEY,
      contributor_id TEXT NOT NULL REFERENCES call_contributors(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT
    );
    CREATE TABLE call_contributor_tokens (
      token_hash TEXT PRIMARY KEY,
      contributor_id TEXT NOT NULL REFERENCES call_contributors(id),
      created_at TEXT NOT NULL
    );

    -- A contribution, kept current; its author is a workspace person or a public contributor.
    CREATE TABLE contributions (
      id TEXT PRIMARY KEY,
      call_id TEXT NOT NULL REFERENCES calls(id),
      person_id TEXT REFERENCES people(id),
      contributor_id TEXT REFERENCES call_contributors(id),
      contributor_name TEXT NOT NULL,
      contributor_email TEXT NOT NULL,
      title TEXT NOT NULL,
      organisation TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('national', 'regional', 'youth', 'dynamic-coalition', 'bpf', 'other')),
      country TEXT NOT NULL,
      stakeholder_group TEXT,
      -- JSON arrays: the pillar ids, and the paragraphs' texts in order.
      pillars TEXT NOT NULL,
      paragraphs TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('typed', 'docx', 'markdown', 'text')),
      submitted_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((person_id IS NULL) <> (contributor_id IS NULL))
    );
    CREATE INDEX contributions_by_call ON contributions (call_id, submitted_at);

    -- Every submission and edit, as the whole contribution then (JSON); append-only by trigger.
    CREATE TABLE contribution_events (
      contribution_id TEXT NOT NULL REFERENCES contributions(id),
      version INTEGER NOT NULL,
      event TEXT NOT NULL CHECK (event IN ('submitted', 'edited')),
      actor_kind TEXT NOT NULL CHECK (actor_kind IN ('person', 'contributor')),
      actor_id TEXT NOT NULL,
      at TEXT NOT NULL,
      content TEXT NOT NULL,
      PRIMARY KEY (contribution_id, version)
    );
    CREATE TRIGGER contribution_events_no_update BEFORE UPDATE ON contribution_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('contribution events are history and never change');
    CREATE TRIGGER contribution_events_no_delete BEFORE DELETE ON contribution_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('contribution events are history and are never deleted');
    CREATE TRIGGER contribution_events_no_truncate BEFORE TRUNCATE ON contribution_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('contribution events are history and are never deleted');
  `),
};
