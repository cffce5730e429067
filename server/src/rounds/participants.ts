/**
 * Who takes part in a round, in SQLite (migrations 0006 and 0009). A participant is one email
 * per round; a browser acts through a session whose bearer token only the browser holds (the
 * database keeps SHA-256 hashes of tokens and confirmation codes, never the values).
 *
 * Every registration makes a session and a confirmation code, whether the email is new or
 * not, so the answer never tells which. Until the mailed link is opened, a session's comments
 * are held and its reactions wait aside; opening the link releases exactly what that session
 * did — a stranger who re-registers someone's email gets nothing counted unless the mailbox's
 * owner opens the link they were sent.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Reaction, ShowOnly } from '@accord/schema';
import type { Db } from '../storage/sqlite/database.js';
import { newId } from '../storage/ids.js';

/** A registered participant as the server knows them (never sent to the public as is). */
export interface Participant {
  id: string;
  roundId: string;
  name: string;
  email: string;
  stakeholderGroup: string;
  country: string;
  affiliation: string;
  showOnly: ShowOnly;
}

export interface NewParticipant extends Omit<Participant, 'id'> {}

/** A browser's standing in a round: the participant it acts for, and whether the email is confirmed through it. */
export interface ParticipantSession {
  /** Opaque, shown to the session's holder. */
  id: string;
  tokenHash: string;
  participant: Participant;
  /** As typed at this session's registration: what its holder is shown until confirmed. */
  name: string;
  showOnly: ShowOnly;
  confirmed: boolean;
}

/** What a registration gives: the session's token (for the browser) and the code for the mailed link. */
export interface Registered {
  token: string;
  code: string;
  session: ParticipantSession;
  /** False when the email had registered before (said in the mail only). */
  firstTime: boolean;
}

/** How long a mailed confirmation link works. */
export const CONFIRMATION_TTL_MS = 48 * 3600 * 1000;

/** SHA-256 of a token or code, hex: what the database keeps. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const secret = (): string => randomBytes(32).toString('base64url');

interface SessionRow {
  token_hash: string;
  session_id: string;
  session_name: string;
  session_show_only: ShowOnly;
  confirmed_at: string | null;
  id: string;
  round_id: string;
  name: string;
  email: string;
  stakeholder_group: string;
  country: string;
  affiliation: string;
  show_only: ShowOnly;
}

const SESSION_SELECT = `SELECT s.token_hash, s.id AS session_id, s.name AS session_name, s.show_only AS session_show_only, s.confirmed_at,
    p.id, p.round_id, p.name, p.email, p.stakeholder_group, p.country, p.affiliation, p.show_only
  FROM participant_sessions s JOIN participants p ON p.id = s.participant_id`;

export class SqliteParticipantStore {
  readonly #db: Db;
  readonly #now: () => Date;

  constructor(db: Db, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  /**
   * Registers `input.email` for the round — or, when it registered before, keeps the first
   * registration's details — and makes a new unconfirmed session with a confirmation code.
   */
  async register(input: NewParticipant): Promise<Registered> {
    const at = this.#now();
    const token = secret();
    const code = secret();
    const existing = this.#db
      .prepare('SELECT id FROM participants WHERE round_id = ? AND email = ?')
      .get(input.roundId, input.email) as { id: string } | undefined;
    const participantId = existing?.id ?? newId();
    this.#db.transaction(() => {
      if (!existing) {
        // participants.token_hash is NOT NULL UNIQUE from 0006; sessions hold the real tokens now, so this one is a hash nobody holds.
        this.#db
          .prepare(
            `INSERT INTO participants (id, round_id, token_hash, name, email, stakeholder_group, country, affiliation, show_only, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            participantId,
            input.roundId,
            hashToken(secret()),
            input.name,
            input.email,
            input.stakeholderGroup,
            input.country,
            input.affiliation,
            input.showOnly,
            at.toISOString(),
          );
      }
      this.#db
        .prepare(
          'INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(hashToken(token), newId(), participantId, input.roundId, input.name, input.showOnly, at.toISOString());
      this.#db
        .prepare(
          'INSERT INTO participant_confirmations (token_hash, session_hash, round_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(
          hashToken(code),
          hashToken(token),
          input.roundId,
          at.toISOString(),
          new Date(at.getTime() + CONFIRMATION_TTL_MS).toISOString(),
        );
      this.#event(input.roundId, participantId, 'register', existing ? { again: true } : {});
    })();
    return { token, code, session: (await this.session(input.roundId, token))!, firstTime: !existing };
  }

  /** The session of `roundId` holding `token`, if any. */
  async session(roundId: string, token: string): Promise<ParticipantSession | undefined> {
    return this.#sessionByHash(roundId, hashToken(token));
  }

  /**
   * Opens a mailed link: confirms the email, releases what the registering session did, and
   * answers a confirmed session for the browser that opened it — `openerToken`'s own when it
   * is the registering browser, else a new one. 'invalid' for an unknown or used code.
   */
  async confirm(
    roundId: string,
    code: string,
    openerToken: string | undefined,
  ): Promise<{ token: string; session: ParticipantSession } | 'invalid' | 'expired'> {
    const at = this.#now().toISOString();
    const row = this.#db
      .prepare(
        'SELECT session_hash, expires_at, used_at FROM participant_confirmations WHERE token_hash = ? AND round_id = ?',
      )
      .get(hashToken(code), roundId) as
      | { session_hash: string; expires_at: string; used_at: string | null }
      | undefined;
    if (!row || row.used_at !== null) return 'invalid';
    if (row.expires_at <= at) return 'expired';
    const registering = this.#sessionByHash(roundId, row.session_hash)!;
    const sameBrowser = openerToken !== undefined && hashToken(openerToken) === row.session_hash;
    const token = sameBrowser ? openerToken : secret();
    this.#db.transaction(() => {
      this.#db
        .prepare('UPDATE participant_confirmations SET used_at = ? WHERE token_hash = ?')
        .run(at, hashToken(code));
      this.#db
        .prepare('UPDATE participants SET email_verified_at = COALESCE(email_verified_at, ?) WHERE id = ?')
        .run(at, registering.participant.id);
      this.#db
        .prepare('UPDATE participant_sessions SET confirmed_at = COALESCE(confirmed_at, ?) WHERE token_hash = ?')
        .run(at, row.session_hash);
      this.#db.prepare('UPDATE public_comments SET held_by = NULL WHERE held_by = ?').run(row.session_hash);
      this.#db
        .prepare(
          `INSERT INTO paragraph_reactions (round_id, participant_id, block_id, reaction, updated_at)
           SELECT round_id, ?, block_id, reaction, updated_at FROM held_reactions WHERE session_hash = ? ORDER BY updated_at
           ON CONFLICT (participant_id, block_id) DO UPDATE SET reaction = excluded.reaction, updated_at = excluded.updated_at`,
        )
        .run(registering.participant.id, row.session_hash);
      if (!sameBrowser) {
        const p = registering.participant;
        this.#db
          .prepare(
            'INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(hashToken(token), newId(), p.id, roundId, p.name, p.showOnly, at, at);
      }
    })();
    return { token, session: (await this.session(roundId, token))! };
  }

  /**
   * Records agree/disagree on a paragraph (null withdraws it): for a confirmed session it
   * counts at once; otherwise it waits with the session and counts only once confirmed.
   */
  async react(session: ParticipantSession, blockId: string, reaction: Reaction | null): Promise<void> {
    const at = this.#now().toISOString();
    const { participant } = session;
    this.#db.transaction(() => {
      if (session.confirmed && reaction === null) {
        this.#db
          .prepare('DELETE FROM paragraph_reactions WHERE participant_id = ? AND block_id = ?')
          .run(participant.id, blockId);
      } else if (session.confirmed) {
        this.#db
          .prepare(
            `INSERT INTO paragraph_reactions (round_id, participant_id, block_id, reaction, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (participant_id, block_id) DO UPDATE SET reaction = excluded.reaction, updated_at = excluded.updated_at`,
          )
          .run(participant.roundId, participant.id, blockId, reaction, at);
      } else if (reaction === null) {
        this.#db
          .prepare('DELETE FROM held_reactions WHERE session_hash = ? AND block_id = ?')
          .run(session.tokenHash, blockId);
      } else {
        this.#db
          .prepare(
            `INSERT INTO held_reactions (session_hash, round_id, block_id, reaction, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (session_hash, block_id) DO UPDATE SET reaction = excluded.reaction, updated_at = excluded.updated_at`,
          )
          .run(session.tokenHash, participant.roundId, blockId, reaction, at);
      }
      this.#event(participant.roundId, participant.id, 'react', {
        blockId,
        reaction,
        ...(session.confirmed ? {} : { held: true }),
      });
    })();
  }

  /** The session's own agree/disagree per paragraph: the participant's once confirmed, else those it holds. */
  async reactionsOf(session: ParticipantSession): Promise<Record<string, Reaction>> {
    const rows = (
      session.confirmed
        ? this.#db
            .prepare('SELECT block_id, reaction FROM paragraph_reactions WHERE participant_id = ?')
            .all(session.participant.id)
        : this.#db
            .prepare('SELECT block_id, reaction FROM held_reactions WHERE session_hash = ?')
            .all(session.tokenHash)
    ) as { block_id: string; reaction: Reaction }[];
    return Object.fromEntries(rows.map((r) => [r.block_id, r.reaction]));
  }

  #sessionByHash(roundId: string, tokenHash: string): ParticipantSession | undefined {
    const row = this.#db
      .prepare(`${SESSION_SELECT} WHERE s.token_hash = ? AND s.round_id = ?`)
      .get(tokenHash, roundId) as SessionRow | undefined;
    if (!row) return undefined;
    return {
      id: row.session_id,
      tokenHash: row.token_hash,
      participant: {
        id: row.id,
        roundId: row.round_id,
        name: row.name,
        email: row.email,
        stakeholderGroup: row.stakeholder_group,
        country: row.country,
        affiliation: row.affiliation,
        showOnly: row.show_only,
      },
      name: row.session_name,
      showOnly: row.session_show_only,
      confirmed: row.confirmed_at !== null,
    };
  }

  #event(roundId: string, participantId: string, action: 'register' | 'react', detail: object): void {
    this.#db
      .prepare(
        'INSERT INTO round_events (round_id, comment_id, actor_kind, actor_id, at, action, detail) VALUES (?, NULL, ?, ?, ?, ?, ?)',
      )
      .run(roundId, 'participant', participantId, this.#now().toISOString(), action, JSON.stringify(detail));
  }
}
