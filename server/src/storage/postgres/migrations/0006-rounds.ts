import type { PgMigration } from '../migrate.js';
import { ddl } from './ddl.js';

/**
 * Public consultation rounds (twin of SQLite's 0006): rounds, their participants, the outbox
 * of mail not sent, public comments (never removed; moderation changes their status), paragraph
 * reactions, and the append-only `round_events`.
 */
export const rounds: PgMigration = {
  version: 6,
  name: 'rounds',
  up: ddl(`
    CREATE TABLE rounds (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      version_id TEXT NOT NULL REFERENCES versions(id),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      introduction TEXT NOT NULL DEFAULT '',
      opens_at TEXT NOT NULL,
      closes_at TEXT NOT NULL CHECK (closes_at > opens_at),
      -- Set when a coordinator closes the round before closes_at.
      closed_at TEXT,
      participation TEXT NOT NULL CHECK (participation IN ('anyone', 'listed-organisations')),
      -- JSON array of organisation names; '[]' when anyone may take part.
      organisations TEXT NOT NULL DEFAULT '[]' CHECK (organisations::json IS NOT NULL),
      moderation TEXT NOT NULL CHECK (moderation IN ('immediate', 'after-moderation')),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES people(id)
    );
    CREATE INDEX rounds_by_document ON rounds (document_id, opens_at);

    CREATE TABLE participants (
      id TEXT PRIMARY KEY,
      round_id TEXT NOT NULL REFERENCES rounds(id),
      -- SHA-256 of the bearer token; the token itself is never stored.
      token_hash TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      email TEXT NOT NULL,
      email_verified_at TEXT,
      stakeholder_group TEXT NOT NULL,
      country TEXT NOT NULL,
      affiliation TEXT NOT NULL DEFAULT '',
      show_only TEXT NOT NULL CHECK (show_only IN ('name-and-group', 'group-only')),
      created_at TEXT NOT NULL,
      UNIQUE (round_id, email)
    );

    CREATE TABLE outbox (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      to_address TEXT NOT NULL,
      subject TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE public_comments (
      id TEXT PRIMARY KEY,
      round_id TEXT NOT NULL REFERENCES rounds(id),
      participant_id TEXT NOT NULL REFERENCES participants(id),
      -- JSON PublicCommentAnchor; block_id is NULL for general comments.
      anchor TEXT NOT NULL CHECK (anchor::json IS NOT NULL),
      block_id TEXT,
      -- Raw text as typed; always rendered as text, never as markup.
      text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
      status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'hidden')),
      hidden_reason TEXT CHECK ((status = 'hidden') = (hidden_reason IS NOT NULL)),
      flagged_at TEXT,
      created_at TEXT NOT NULL
    );
    CREATE INDEX public_comments_by_round ON public_comments (round_id, status, created_at);

    CREATE TABLE paragraph_reactions (
      round_id TEXT NOT NULL REFERENCES rounds(id),
      participant_id TEXT NOT NULL REFERENCES participants(id),
      block_id TEXT NOT NULL,
      reaction TEXT NOT NULL CHECK (reaction IN ('agree', 'disagree')),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (participant_id, block_id)
    );
    CREATE INDEX paragraph_reactions_by_round ON paragraph_reactions (round_id, block_id);

    CREATE TABLE round_events (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      round_id TEXT NOT NULL REFERENCES rounds(id),
      comment_id TEXT REFERENCES public_comments(id),
      -- A coordinator (people.id) or a participant (participants.id).
      actor_kind TEXT NOT NULL CHECK (actor_kind IN ('person', 'participant')),
      actor_id TEXT NOT NULL,
      at TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('open', 'close', 'register', 'comment', 'react', 'flag', 'hide', 'restore')),
      detail TEXT NOT NULL DEFAULT '{}' CHECK (detail::json IS NOT NULL)
    );
    CREATE INDEX round_events_by_round ON round_events (round_id, seq);

    CREATE TRIGGER rounds_fixed BEFORE UPDATE OF id, document_id, version_id, opens_at, created_at, created_by ON rounds
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a round''s version, opening and creator cannot change');
    CREATE TRIGGER rounds_kept BEFORE DELETE ON rounds
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('rounds are never removed');
    CREATE TRIGGER rounds_kept_whole BEFORE TRUNCATE ON rounds
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('rounds are never removed');
    CREATE TRIGGER public_comments_fixed BEFORE UPDATE OF id, round_id, participant_id, anchor, block_id, text, created_at ON public_comments
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('a public comment''s text, anchor and author cannot change');
    CREATE TRIGGER public_comments_kept BEFORE DELETE ON public_comments
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('public comments are never removed; hide them');
    CREATE TRIGGER public_comments_kept_whole BEFORE TRUNCATE ON public_comments
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('public comments are never removed; hide them');
    -- As in SQLite, mail waiting in the outbox may be deleted (sent), never rewritten.
    CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('outbox is append-only');
    CREATE TRIGGER round_events_no_update BEFORE UPDATE ON round_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('round_events is append-only');
    CREATE TRIGGER round_events_no_delete BEFORE DELETE ON round_events
      FOR EACH ROW EXECUTE FUNCTION accord_refuse('round_events is append-only');
    CREATE TRIGGER round_events_no_truncate BEFORE TRUNCATE ON round_events
      FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse('round_events is append-only');
  `),
};
