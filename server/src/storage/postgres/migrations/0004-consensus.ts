import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Tracked consensus (twin of SQLite's 0004): paragraph statuses with every change, positions
 * with their history, alternatives to bracketed text and bracket resolutions. Histories are
 * append-only, an alternative never changes, a resolution is final, a position stays its
 * person's, and an agreed status always carries the hash of the agreed text.
 */
export const consensus: PgMigration = {
  version: 4,
  name: 'consensus',
  up: ddl(`
    CREATE TABLE paragraph_status (
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('drafting', 'under-discussion', 'contested', 'agreed-ad-ref', 'agreed')),
      -- SHA-256 of the paragraph's text (brackets shown) when a coordinator agreed it.
      agreed_hash TEXT,
      set_at TEXT NOT NULL,
      set_by TEXT NOT NULL REFERENCES people(id),
      PRIMARY KEY (document_id, block_id),
      CHECK ((status IN ('agreed-ad-ref', 'agreed')) = (agreed_hash IS NOT NULL))
    );
    CREATE TABLE status_events (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('set', 'proposed')),
      from_status TEXT NOT NULL,
      to_status TEXT NOT NULL CHECK (to_status IN ('drafting', 'under-discussion', 'contested', 'agreed-ad-ref', 'agreed')),
      note TEXT NOT NULL DEFAULT '',
      actor_id TEXT NOT NULL REFERENCES people(id),
      at TEXT NOT NULL
    );
    CREATE INDEX status_events_by_block ON status_events (document_id, block_id, seq);

    CREATE TABLE positions (
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      person_id TEXT NOT NULL REFERENCES people(id),
      stakeholder_group TEXT NOT NULL,
      position TEXT NOT NULL CHECK (position IN ('support', 'support-with-reservation', 'oppose', 'abstain')),
      reason TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL,
      PRIMARY KEY (document_id, block_id, person_id)
    );
    CREATE TABLE position_events (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      block_id TEXT NOT NULL,
      person_id TEXT NOT NULL REFERENCES people(id),
      stakeholder_group TEXT NOT NULL,
      position TEXT NOT NULL CHECK (position IN ('support', 'support-with-reservation', 'oppose', 'abstain')),
      reason TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL
    );
    CREATE INDEX position_events_by_block ON position_events (document_id, block_id, seq);

    CREATE TABLE bracket_alternatives (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      bracket_id TEXT NOT NULL,
      ordinal INTEGER NOT NULL CHECK (ordinal > 0),
      text TEXT NOT NULL CHECK (length(text) > 0),
      proposed_by TEXT NOT NULL REFERENCES people(id),
      stakeholder_group TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (document_id, bracket_id, ordinal)
    );
    CREATE TABLE bracket_resolutions (
      document_id TEXT NOT NULL REFERENCES documents(id),
      bracket_id TEXT NOT NULL,
      block_id TEXT NOT NULL,
      choice TEXT NOT NULL CHECK (choice IN ('bracketed', 'alternative')),
      alternative_id TEXT REFERENCES bracket_alternatives(id),
      text TEXT NOT NULL,
      previous_text TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      resolved_by TEXT NOT NULL REFERENCES people(id),
      at TEXT NOT NULL,
      PRIMARY KEY (document_id, bracket_id),
      CHECK ((choice = 'alternative') = (alternative_id IS NOT NULL))
    );

    CREATE TRIGGER paragraph_status_kept BEFORE DELETE ON paragraph_status
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('paragraph statuses are never removed; set another status');
    CREATE TRIGGER paragraph_status_kept_whole BEFORE TRUNCATE ON paragraph_status
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('paragraph statuses are never removed; set another status');
    CREATE TRIGGER status_events_no_update BEFORE UPDATE ON status_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('status_events is append-only');
    CREATE TRIGGER status_events_no_delete BEFORE DELETE ON status_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('status_events is append-only');
    CREATE TRIGGER status_events_no_truncate BEFORE TRUNCATE ON status_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('status_events is append-only');

    CREATE TRIGGER positions_own BEFORE UPDATE OF document_id, block_id, person_id ON positions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a position stays its person''s, on its paragraph');
    CREATE TRIGGER positions_kept BEFORE DELETE ON positions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('positions are never removed; record another (abstain)');
    CREATE TRIGGER positions_kept_whole BEFORE TRUNCATE ON positions
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('positions are never removed; record another (abstain)');
    CREATE TRIGGER position_events_no_update BEFORE UPDATE ON position_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('position_events is append-only');
    CREATE TRIGGER position_events_no_delete BEFORE DELETE ON position_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('position_events is append-only');
    CREATE TRIGGER position_events_no_truncate BEFORE TRUNCATE ON position_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('position_events is append-only');

    CREATE TRIGGER bracket_alternatives_fixed BEFORE UPDATE ON bracket_alternatives
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('an alternative and its attribution never change');
    CREATE TRIGGER bracket_alternatives_kept BEFORE DELETE ON bracket_alternatives
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('alternatives are never removed');
    CREATE TRIGGER bracket_alternatives_kept_whole BEFORE TRUNCATE ON bracket_alternatives
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('alternatives are never removed');
    CREATE TRIGGER bracket_resolutions_final BEFORE UPDATE ON bracket_resolutions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a bracket resolution is final');
    CREATE TRIGGER bracket_resolutions_kept BEFORE DELETE ON bracket_resolutions
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a bracket resolution is final');
    CREATE TRIGGER bracket_resolutions_kept_whole BEFORE TRUNCATE ON bracket_resolutions
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('a bracket resolution is final');
  `),
};
