/**
 * Consultation rounds (migration 0006), in SQLite or PostgreSQL. Who may call what is decided before this
 * store (the Gate for coordinators, the round's state and participation rules in the service);
 * the store keeps the records and the append-only event log consistent, one transaction per
 * write. Participants and their sessions are in ./participants.ts; a comment written by an
 * unconfirmed session is held (migration 0009) and read by no path here until released.
 *
 * Several instances may write at once (PostgreSQL): opening a round locks its document's row
 * first, so two openings on one document cannot both pass the clash check; a close is recorded
 * once however many coordinators press it.
 */
import type {
  Locale,
  ModeratedComment,
  Moderation,
  Participation,
  PublicComment,
  PublicCommentAnchor,
  Reaction,
  ReactionCounts,
  Round,
} from '@accord/schema';
import type { Queryable } from '../storage/sql/types.js';
import { newId } from '../storage/ids.js';
import { SqlParticipantStore, type ParticipantSession } from './participants.js';
import { COMMENT_SELECT, type CommentRow, IN_ORDER, ROUND_COMMENTS, toModerated, toPublic } from './comment-rows.js';
import { clashes, roundState } from './state.js';

export { hashToken, type NewParticipant, type Participant, type ParticipantSession } from './participants.js';

/** What a coordinator gives to open a round (times already validated). */
export interface NewRound {
  documentId: string;
  versionId: string;
  title: string;
  introduction: string;
  opensAt: string;
  closesAt: string;
  participation: Participation;
  organisations: string[];
  moderation: Moderation;
  createdBy: string;
}

interface RoundRow {
  id: string;
  document_id: string;
  version_id: string;
  title: string;
  introduction: string;
  opens_at: string;
  closes_at: string;
  closed_at: string | null;
  participation: Participation;
  organisations: string;
  moderation: Moderation;
}

/** A published comment with its participant's id (for counting people; never sent as is). */
export interface PublishedComment extends PublicComment {
  participantId: string;
}

/** Where a new comment stands: visible, waiting for a coordinator, or held until its author confirms their email. */
export type NewCommentStatus = 'published' | 'pending' | 'awaiting-confirmation';

export interface RoundStoreOptions {
  /** The server clock; tests move it. */
  now?: () => Date;
}

/** Rounds, their public comments and events; one implementation for both dialects. */
export class SqlRoundStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;
  /** Participants, their sessions and email confirmations. */
  readonly participants: SqlParticipantStore;

  constructor(sql: Queryable, options: RoundStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.participants = new SqlParticipantStore(sql, this.#now);
  }

  /** Opens a round; 'clash' when another round of the document is open or scheduled over the same time. */
  async create(input: NewRound): Promise<Round | 'clash'> {
    const now = this.#now();
    const id = newId();
    const opensAt = new Date(input.opensAt).toISOString();
    const closesAt = new Date(input.closesAt).toISOString();
    const created = await this.#sql.transaction(async (tx) => {
      // Locks the document's row (PostgreSQL) until commit: another instance opening a round on
      // it waits here and then sees this one in its clash check. SQLite's transaction is already alone.
      await tx.run('UPDATE documents SET updated_at = updated_at WHERE id = ?', [input.documentId]);
      const others = await tx.all<RoundRow>('SELECT * FROM rounds WHERE document_id = ?', [input.documentId]);
      if (others.some((o) => clashes(times(o), { opensAt, closesAt }, now))) return false;
      await tx.run(
        `INSERT INTO rounds (id, document_id, version_id, title, introduction, opens_at, closes_at, participation, organisations, moderation, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          input.documentId,
          input.versionId,
          input.title,
          input.introduction,
          opensAt,
          closesAt,
          input.participation,
          JSON.stringify(input.organisations),
          input.moderation,
          now.toISOString(),
          input.createdBy,
        ],
      );
      await this.#event(tx, id, null, 'person', input.createdBy, 'open', {});
      return true;
    });
    return created ? (await this.get(id))! : 'clash';
  }

  /** One round with its state by the server clock. */
  async get(roundId: string): Promise<Round | undefined> {
    const row = await this.#sql.get<RoundRow>('SELECT * FROM rounds WHERE id = ?', [roundId]);
    return row ? this.#toRound(row) : undefined;
  }

  /** A document's rounds, newest opening first. */
  async list(documentId: string): Promise<Round[]> {
    const rows = await this.#sql.all<RoundRow>(
      'SELECT * FROM rounds WHERE document_id = ? ORDER BY opens_at DESC, created_at DESC, id DESC',
      [documentId],
    );
    return rows.map((r) => this.#toRound(r));
  }

  /** Closes a round now (no-op when already closed). */
  async close(roundId: string, personId: string): Promise<Round | undefined> {
    const round = await this.get(roundId);
    if (!round || round.state === 'closed') return round;
    await this.#sql.transaction(async (tx) => {
      // Only the first of two closes at once (two instances) closes and is recorded.
      const closed = await tx.run('UPDATE rounds SET closed_at = ? WHERE id = ? AND closed_at IS NULL', [
        this.#now().toISOString(),
        roundId,
      ]);
      if (closed.changes === 1) await this.#event(tx, roundId, null, 'person', personId, 'close', {});
    });
    return await this.get(roundId);
  }

  /**
   * Stores a comment as typed, published or pending by the round's moderation setting — and,
   * when the session is not confirmed, held until it is (then it takes that status).
   */
  async addComment(
    session: ParticipantSession,
    anchor: PublicCommentAnchor,
    text: string,
    status: 'published' | 'pending',
    /** The language version it was made on; null for the round's own version. */
    language: Locale | null = null,
  ): Promise<{ id: string; status: NewCommentStatus }> {
    const { participant } = session;
    const id = newId();
    const blockId = anchor.kind === 'general' ? null : anchor.blockId;
    await this.#sql.transaction(async (tx) => {
      await tx.run(
        'INSERT INTO public_comments (id, round_id, participant_id, anchor, block_id, text, status, created_at, held_by, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          id,
          participant.roundId,
          participant.id,
          JSON.stringify(anchor),
          blockId,
          text,
          status,
          this.#now().toISOString(),
          session.confirmed ? null : session.tokenHash,
          language,
        ],
      );
      await this.#event(
        tx,
        participant.roundId,
        id,
        'participant',
        participant.id,
        'comment',
        session.confirmed ? {} : { held: true },
      );
    });
    return { id, status: session.confirmed ? status : 'awaiting-confirmation' };
  }

  /** Whether the round's revised version and report are published: from then on its comments are frozen. */
  async reportPublished(roundId: string): Promise<boolean> {
    return (await this.#sql.get('SELECT 1 AS one FROM round_revisions WHERE round_id = ?', [roundId])) !== undefined;
  }

  /** Agree/disagree counts per paragraph of a round: confirmed participants only (held ones wait in held_reactions). */
  async reactions(roundId: string): Promise<Record<string, ReactionCounts>> {
    const rows = await this.#sql.all<{ block_id: string; reaction: Reaction; n: number }>(
      'SELECT block_id, reaction, COUNT(*) AS n FROM paragraph_reactions WHERE round_id = ? GROUP BY block_id, reaction',
      [roundId],
    );
    const out: Record<string, ReactionCounts> = {};
    for (const r of rows) (out[r.block_id] ??= { agree: 0, disagree: 0 })[r.reaction] = Number(r.n);
    return out;
  }

  /** Published comments only, oldest first: the one read path the public has. Never hidden or pending ones. */
  async published(roundId: string): Promise<PublicComment[]> {
    return (await this.#published(roundId)).map(toPublic);
  }

  /** Ids of one participant's published comments in a round, oldest first. */
  async publishedIdsOf(roundId: string, participantId: string): Promise<string[]> {
    const rows = await this.#sql.all<{ id: string }>(
      `${ROUND_COMMENTS} AND c.participant_id = ? AND c.status = 'published' ${IN_ORDER}`,
      [roundId, participantId],
    );
    return rows.map((r) => r.id);
  }

  /** Published comments with their participants' ids, for processing and reports. */
  async publishedWithParticipants(roundId: string): Promise<PublishedComment[]> {
    return (await this.#published(roundId)).map((row) => ({ ...toPublic(row), participantId: row.participant_id }));
  }

  #published(roundId: string): Promise<CommentRow[]> {
    return this.#sql.all<CommentRow>(`${ROUND_COMMENTS} AND c.status = 'published' ${IN_ORDER}`, [roundId]);
  }

  /** Every comment of a round with its moderation state, for coordinators. */
  async all(roundId: string): Promise<ModeratedComment[]> {
    const rows = await this.#sql.all<CommentRow>(`${ROUND_COMMENTS} ${IN_ORDER}`, [roundId]);
    return rows.map(toModerated);
  }

  /** One comment of a round with its moderation state. */
  async comment(roundId: string, commentId: string): Promise<ModeratedComment | undefined> {
    const row = await this.#sql.get<CommentRow>(
      `${COMMENT_SELECT} WHERE c.held_by IS NULL AND c.round_id = ? AND c.id = ?`,
      [roundId, commentId],
    );
    return row ? toModerated(row) : undefined;
  }

  /** Flags a comment for the other coordinators; it stays as visible as it was. */
  async flag(
    roundId: string,
    commentId: string,
    personId: string,
    note?: string,
  ): Promise<ModeratedComment | undefined> {
    return this.#moderate(
      roundId,
      commentId,
      personId,
      'flag',
      note ? { note } : {},
      'UPDATE public_comments SET flagged_at = ? WHERE id = ?',
      [this.#now().toISOString()],
    );
  }

  /** Hides a comment from every public read path, with a reason kept in the events. */
  async hide(
    roundId: string,
    commentId: string,
    personId: string,
    reason: string,
  ): Promise<ModeratedComment | undefined> {
    return this.#moderate(
      roundId,
      commentId,
      personId,
      'hide',
      { reason },
      "UPDATE public_comments SET status = 'hidden', hidden_reason = ? WHERE id = ?",
      [reason],
    );
  }

  /** Publishes a hidden or pending comment (and clears a flag). */
  async restore(
    roundId: string,
    commentId: string,
    personId: string,
    note?: string,
  ): Promise<ModeratedComment | undefined> {
    return this.#moderate(
      roundId,
      commentId,
      personId,
      'restore',
      note ? { note } : {},
      "UPDATE public_comments SET status = 'published', hidden_reason = NULL, flagged_at = NULL WHERE id = ?",
      [],
    );
  }

  async #moderate(
    roundId: string,
    commentId: string,
    personId: string,
    action: 'flag' | 'hide' | 'restore',
    detail: object,
    sql: string,
    params: string[],
  ): Promise<ModeratedComment | undefined> {
    if (!(await this.comment(roundId, commentId))) return undefined;
    await this.#sql.transaction(async (tx) => {
      await tx.run(sql, [...params, commentId]);
      await this.#event(tx, roundId, commentId, 'person', personId, action, detail);
    });
    return await this.comment(roundId, commentId);
  }

  async #event(
    tx: Queryable,
    roundId: string,
    commentId: string | null,
    actorKind: 'person' | 'participant',
    actorId: string,
    action: string,
    detail: object,
  ): Promise<void> {
    await tx.run(
      'INSERT INTO round_events (round_id, comment_id, actor_kind, actor_id, at, action, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [roundId, commentId, actorKind, actorId, this.#now().toISOString(), action, JSON.stringify(detail)],
    );
  }

  #toRound(row: RoundRow): Round {
    const organisations = JSON.parse(row.organisations) as string[];
    return {
      id: row.id,
      documentId: row.document_id,
      versionId: row.version_id,
      title: row.title,
      introduction: row.introduction,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      participation: row.participation,
      ...(row.participation === 'listed-organisations' ? { organisations } : {}),
      moderation: row.moderation,
      state: roundState(times(row), this.#now()),
      ...(row.closed_at && row.closed_at < row.closes_at ? { closedAt: row.closed_at } : {}),
    };
  }
}

const times = (row: RoundRow) => ({ opensAt: row.opens_at, closesAt: row.closes_at, closedAt: row.closed_at });
