import type { Migration } from '../migrate.js';

/**
 * Tracked consensus (issue 6): paragraph statuses with every change, positions with their
 * history, alternatives to bracketed text and bracket resolutions. Server records, never CRDT
 * state: only the REST API writes them. As with comments, the database keeps what integrity
 * rests on: histories are append-only, an alternative's text and proposer never change, a
 * resolution is final, a position stays the person's own, and an agreed status always carries
 * the hash of the text that was agreed (so "changed since agreed" can always be told).
 */
export const consensus: Migration = {
  version: 4,
  name: 'consensus',
  up(db) {
    db.exec(`
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
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
        BEGIN SELECT RAISE(ABORT, 'paragraph statuses are never removed; set another status'); END;
      CREATE TRIGGER status_events_no_update BEFORE UPDATE ON status_events
        BEGIN SELECT RAISE(ABORT, 'status_events is append-only'); END;
      CREATE TRIGGER status_events_no_delete BEFORE DELETE ON status_events
        BEGIN SELECT RAISE(ABORT, 'status_events is append-only'); END;

      CREATE TRIGGER positions_own BEFORE UPDATE OF document_id, block_id, person_id ON positions
        BEGIN SELECT RAISE(ABORT, 'a position stays its person''s, on its paragraph'); END;
      CREATE TRIGGER positions_kept BEFORE DELETE ON positions
        BEGIN SELECT RAISE(ABORT, 'positions are never removed; record another (abstain)'); END;
      CREATE TRIGGER position_events_no_update BEFORE UPDATE ON position_events
        BEGIN SELECT RAISE(ABORT, 'position_events is append-only'); END;
      CREATE TRIGGER position_events_no_delete BEFORE DELETE ON position_events
        BEGIN SELECT RAISE(ABORT, 'position_events is append-only'); END;

      CREATE TRIGGER bracket_alternatives_fixed BEFORE UPDATE ON bracket_alternatives
        BEGIN SELECT RAISE(ABORT, 'an alternative and its attribution never change'); END;
      CREATE TRIGGER bracket_alternatives_kept BEFORE DELETE ON bracket_alternatives
        BEGIN SELECT RAISE(ABORT, 'alternatives are never removed'); END;
      CREATE TRIGGER bracket_resolutions_final BEFORE UPDATE ON bracket_resolutions
        BEGIN SELECT RAISE(ABORT, 'a bracket resolution is final'); END;
      CREATE TRIGGER bracket_resolutions_kept BEFORE DELETE ON bracket_resolutions
        BEGIN SELECT RAISE(ABORT, 'a bracket resolution is final'); END;
    `);
  },
};
