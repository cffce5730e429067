/**
 * Who takes part in a round (migrations 0006 and 0009), in SQLite or PostgreSQL. A participant is one email
 * per round; a browser acts through a session whose bearer token only the browser holds (the
 * database keeps SHA-256 hashes of tokens and confirmation codes, never the values).
 *
 * Every registration makes a session and a confirmation code, whether the email is new or
 * not, so the answer never tells which. Until the mailed link is opened, a session's comments
 * are held and its reactions wait aside; opening the link releases exactly what that session
 * did — a stranger who re-registers someone's email gets nothing counted unless the mailbox's
 * owner opens the link they were sent.
 *
 * Several instances may write at once: a registration inserts the participant with ON CONFLICT
 * (two first registrations of one email both succeed, on one participant), and a code is spent
 * by a conditional UPDATE (two openings of one link: one confirms, the other is 'invalid').
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Reaction, ShowOnly } from '@accord/schema';
import type { Queryable } from '../storage/sql/types.js';
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

/** Participants, sessions and confirmations of rounds; one implementation for both dialects. */
export class SqlParticipantStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;

  constructor(sql: Queryable, now: () => Date) {
    this.#sql = sql;
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
    const firstTime = await this.#sql.transaction(async (tx) => {
      // participants.token_hash is NOT NULL UNIQUE from 0006; sessions hold the real tokens now, so this one is a hash nobody holds.
      const inserted = await tx.get<{ id: string }>(
        `INSERT INTO participants (id, round_id, token_hash, name, email, stakeholder_group, country, affiliation, show_only, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, email) DO NOTHING RETURNING id`,
        [
          newId(),
          input.roundId,
          hashToken(secret()),
          input.name,
          input.email,
          input.stakeholderGroup,
          input.country,
          input.affiliation,
          input.showOnly,
          at.toISOString(),
        ],
      );
      const participantId =
        inserted?.id ??
        (await tx.get<{ id: string }>('SELECT id FROM participants WHERE round_id = ? AND email = ?', [
          input.roundId,
          input.email,
        ]))!.id;
      await tx.run(
        'INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [hashToken(token), newId(), participantId, input.roundId, input.name, input.showOnly, at.toISOString()],
      );
      await tx.run(
        'INSERT INTO participant_confirmations (token_hash, session_hash, round_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        [
          hashToken(code),
          hashToken(token),
          input.roundId,
          at.toISOString(),
          new Date(at.getTime() + CONFIRMATION_TTL_MS).toISOString(),
        ],
      );
      await this.#event(tx, input.roundId, participantId, 'register', inserted ? {} : { again: true });
      return inserted !== undefined;
    });
    return { token, code, session: (await this.session(input.roundId, token))!, firstTime };
  }

  /** The session of `roundId` holding `token`, if any. */
  async session(roundId: string, token: string): Promise<ParticipantSession | undefined> {
    return sessionByHash(this.#sql, roundId, hashToken(token));
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
    const codeHash = hashToken(code);
    const done = await this.#sql.transaction(async (tx) => {
      const row = await tx.get<{ session_hash: string; expires_at: string; used_at: string | null }>(
        'SELECT session_hash, expires_at, used_at FROM participant_confirmations WHERE token_hash = ? AND round_id = ?',
        [codeHash, roundId],
      );
      if (!row || row.used_at !== null) return 'invalid' as const;
      if (row.expires_at <= at) return 'expired' as const;
      // Spent here and only if still unspent: of two openings at once (two instances), one wins.
      const spent = await tx.run(
        'UPDATE participant_confirmations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
        [at, codeHash],
      );
      if (spent.changes !== 1) return 'invalid' as const;
      const registering = (await sessionByHash(tx, roundId, row.session_hash))!;
      const sameBrowser = openerToken !== undefined && hashToken(openerToken) === row.session_hash;
      const token = sameBrowser ? openerToken : secret();
      await tx.run('UPDATE participants SET email_verified_at = COALESCE(email_verified_at, ?) WHERE id = ?', [
        at,
        registering.participant.id,
      ]);
      await tx.run('UPDATE participant_sessions SET confirmed_at = COALESCE(confirmed_at, ?) WHERE token_hash = ?', [
        at,
        row.session_hash,
      ]);
      await tx.run('UPDATE public_comments SET held_by = NULL WHERE held_by = ?', [row.session_hash]);
      await tx.run(
        `INSERT INTO paragraph_reactions (round_id, participant_id, block_id, reaction, updated_at)
         SELECT round_id, CAST(? AS TEXT), block_id, reaction, updated_at FROM held_reactions WHERE session_hash = ? ORDER BY updated_at
         ON CONFLICT (participant_id, block_id) DO UPDATE SET reaction = excluded.reaction, updated_at = excluded.updated_at`,
        [registering.participant.id, row.session_hash],
      );
      if (!sameBrowser) {
        const p = registering.participant;
        await tx.run(
          'INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [hashToken(token), newId(), p.id, roundId, p.name, p.showOnly, at, at],
        );
      }
      return { token };
    });
    if (typeof done === 'string') return done;
    return { token: done.token, session: (await this.session(roundId, done.token))! };
  }

  /**
   * Records agree/disagree on a paragraph (null withdraws it): for a confirmed session it
   * counts at once; otherwise it waits with the session and counts only once confirmed.
   */
  async react(session: ParticipantSession, blockId: string, reaction: Reaction | null): Promise<void> {
    const at = this.#now().toISOString();
    const { participant } = session;
    await this.#sql.transaction(async (tx) => {
      if (session.confirmed && reaction === null) {
        await tx.run('DELETE FROM paragraph_reactions WHERE participant_id = ? AND block_id = ?', [
          participant.id,
          blockId,
        ]);
      } else if (session.confirmed) {
        await tx.run(
          `INSERT INTO paragraph_reactions (round_id, participant_id, block_id, reaction, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (participant_id, block_id) DO UPDATE SET reaction = excluded.reaction, updated_at = excluded.updated_at`,
          [participant.roundId, participant.id, blockId, reaction, at],
        );
      } else if (reaction === null) {
        await tx.run('DELETE FROM held_reactions WHERE session_hash = ? AND block_id = ?', [
          session.tokenHash,
          blockId,
        ]);
      } else {
        await tx.run(
          `INSERT INTO held_reactions (session_hash, round_id, block_id, reaction, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (session_hash, block_id) DO UPDATE SET reaction = excluded.reaction, updated_at = excluded.updated_at`,
          [session.tokenHash, participant.roundId, blockId, reaction, at],
        );
      }
      await this.#event(tx, participant.roundId, participant.id, 'react', {
        blockId,
        reaction,
        ...(session.confirmed ? {} : { held: true }),
      });
    });
  }

  /** The session's own agree/disagree per paragraph: the participant's once confirmed, else those it holds. */
  async reactionsOf(session: ParticipantSession): Promise<Record<string, Reaction>> {
    const rows = session.confirmed
      ? await this.#sql.all<{ block_id: string; reaction: Reaction }>(
          'SELECT block_id, reaction FROM paragraph_reactions WHERE participant_id = ?',
          [session.participant.id],
        )
      : await this.#sql.all<{ block_id: string; reaction: Reaction }>(
          'SELECT block_id, reaction FROM held_reactions WHERE session_hash = ?',
          [session.tokenHash],
        );
    return Object.fromEntries(rows.map((r) => [r.block_id, r.reaction]));
  }

  async #event(
    tx: Queryable,
    roundId: string,
    participantId: string,
    action: 'register' | 'react',
    detail: object,
  ): Promise<void> {
    await tx.run(
      'INSERT INTO round_events (round_id, comment_id, actor_kind, actor_id, at, action, detail) VALUES (?, NULL, ?, ?, ?, ?, ?)',
      [roundId, 'participant', participantId, this.#now().toISOString(), action, JSON.stringify(detail)],
    );
  }
}

async function sessionByHash(
  sql: Queryable,
  roundId: string,
  tokenHash: string,
): Promise<ParticipantSession | undefined> {
  const row = await sql.get<SessionRow>(`${SESSION_SELECT} WHERE s.token_hash = ? AND s.round_id = ?`, [
    tokenHash,
    roundId,
  ]);
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
