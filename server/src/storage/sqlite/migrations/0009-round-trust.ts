import type { Migration } from '../migrate.js';

/**
 * Consultation rounds people can trust (issue 12, F3 and F6).
 *
 * A participant is known by a session: each registration and each confirmation makes one,
 * with its own bearer token (hash only). A registration's session can comment and react at
 * once, but nothing it does counts until the email is confirmed by the mailed link: its
 * comments are held (`public_comments.held_by`, cleared once, never set again) and its
 * reactions wait in `held_reactions`. Because a repeat registration gets a session too, the
 * answer never tells whether an email already took part; what the held session said joins
 * the participant only if the mailbox's owner opens the link.
 *
 * The published comment-response report is stored as rendered at publication, one row per
 * format, append-only: what was published stays what was published.
 *
 * Participants registered before this migration keep their token as a confirmed session and
 * count as confirmed — a published report may already cite their comments.
 */
export const roundTrust: Migration = {
  version: 9,
  name: 'round-trust',
  up(db) {
    db.exec(`
      CREATE TABLE participant_sessions (
        -- SHA-256 of the bearer token; the token itself is never stored.
        token_hash TEXT PRIMARY KEY,
        -- Opaque id shown to the session's holder.
        id TEXT NOT NULL UNIQUE,
        participant_id TEXT NOT NULL REFERENCES participants(id),
        round_id TEXT NOT NULL REFERENCES rounds(id),
        -- As typed at this registration; shown only to this session's holder.
        name TEXT NOT NULL,
        show_only TEXT NOT NULL CHECK (show_only IN ('name-and-group', 'group-only')),
        created_at TEXT NOT NULL,
        confirmed_at TEXT
      );
      CREATE INDEX participant_sessions_by_participant ON participant_sessions (participant_id);

      CREATE TABLE participant_confirmations (
        -- SHA-256 of the single-use code in the mailed link.
        token_hash TEXT PRIMARY KEY,
        session_hash TEXT NOT NULL REFERENCES participant_sessions(token_hash),
        round_id TEXT NOT NULL REFERENCES rounds(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );

      ALTER TABLE public_comments ADD COLUMN held_by TEXT REFERENCES participant_sessions(token_hash);
      CREATE INDEX public_comments_held ON public_comments (held_by) WHERE held_by IS NOT NULL;

      CREATE TABLE held_reactions (
        session_hash TEXT NOT NULL REFERENCES participant_sessions(token_hash),
        round_id TEXT NOT NULL REFERENCES rounds(id),
        block_id TEXT NOT NULL,
        reaction TEXT NOT NULL CHECK (reaction IN ('agree', 'disagree')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_hash, block_id)
      );

      CREATE TABLE round_reports (
        round_id TEXT NOT NULL REFERENCES rounds(id),
        format TEXT NOT NULL CHECK (format IN ('html', 'markdown', 'csv', 'docx')),
        content_type TEXT NOT NULL,
        extension TEXT NOT NULL,
        body BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (round_id, format)
      );

      INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at, confirmed_at)
        SELECT token_hash, id, id, round_id, name, show_only, created_at, created_at FROM participants;
      UPDATE participants SET email_verified_at = created_at WHERE email_verified_at IS NULL;

      CREATE TRIGGER participant_confirmations_fixed BEFORE UPDATE OF token_hash, session_hash, round_id, created_at, expires_at ON participant_confirmations
        BEGIN SELECT RAISE(ABORT, 'a confirmation link cannot change; mail a new one'); END;
      CREATE TRIGGER participant_confirmations_once BEFORE UPDATE OF used_at ON participant_confirmations WHEN OLD.used_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a confirmation link works once'); END;
      CREATE TRIGGER participant_confirmations_kept BEFORE DELETE ON participant_confirmations
        BEGIN SELECT RAISE(ABORT, 'confirmation links are kept; they expire'); END;
      CREATE TRIGGER public_comments_held_once BEFORE UPDATE OF held_by ON public_comments WHEN NEW.held_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a comment is held only when it is written; it can be released, not held again'); END;
      CREATE TRIGGER round_reports_no_update BEFORE UPDATE ON round_reports
        BEGIN SELECT RAISE(ABORT, 'a published report cannot change'); END;
      CREATE TRIGGER round_reports_no_delete BEFORE DELETE ON round_reports
        BEGIN SELECT RAISE(ABORT, 'a published report cannot change'); END;
    `);
  },
};
