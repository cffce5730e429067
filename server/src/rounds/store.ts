/**
 * Consultation rounds in SQLite (migration 0006). Who may call what is decided before this
 * store (the Gate for coordinators, the round's state and participation rules in the service);
 * the store keeps the records and the append-only event log consistent, one transaction per
 * write. Participants and their sessions are in ./participants.ts; a comment written by an
 * unconfirmed session is held (migration 0009) and read by no path here until released.
 */
import type {
  ModeratedComment,
  Moderation,
  Participation,
  PublicComment,
  PublicCommentAnchor,
  PublicCommentStatus,
  Reaction,
  ReactionCounts,
  Round,
  ShowOnly,
} from '@accord/schema';
import type { Db } from '../storage/sqlite/database.js';
import { newId } from '../storage/ids.js';
import { SqliteParticipantStore, type ParticipantSession } from './participants.js';
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

interface CommentRow {
  id: string;
  round_id: string;
  participant_id: string;
  anchor: string;
  text: string;
  status: PublicCommentStatus;
  hidden_reason: string | null;
  flagged_at: string | null;
  created_at: string;
  name: string;
  stakeholder_group: string;
  country: string;
  show_only: ShowOnly;
}

// Held comments (an unconfirmed session's) are left out here, so no read path can show them.
const COMMENT_SELECT = `SELECT c.id, c.round_id, c.participant_id, c.anchor, c.text, c.status, c.hidden_reason, c.flagged_at, c.created_at,
    p.name, p.stakeholder_group, p.country, p.show_only
  FROM public_comments c JOIN participants p ON p.id = c.participant_id WHERE c.held_by IS NULL`;

/** Where a new comment stands: visible, waiting for a coordinator, or held until its author confirms their email. */
export type NewCommentStatus = 'published' | 'pending' | 'awaiting-confirmation';

export interface RoundStoreOptions {
  /** The server clock; tests move it. */
  now?: () => Date;
}

export class SqliteRoundStore {
  readonly #db: Db;
  readonly #now: () => Date;
  /** Participants, their sessions and email confirmations. */
  readonly participants: SqliteParticipantStore;

  constructor(db: Db, options: RoundStoreOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.participants = new SqliteParticipantStore(db, this.#now);
  }

  /** Opens a round; 'clash' when another round of the document is open or scheduled over the same time. */
  async create(input: NewRound): Promise<Round | 'clash'> {
    const now = this.#now();
    const id = newId();
    const opensAt = new Date(input.opensAt).toISOString();
    const closesAt = new Date(input.closesAt).toISOString();
    const created = this.#db.transaction(() => {
      const others = this.#db.prepare('SELECT * FROM rounds WHERE document_id = ?').all(input.documentId) as RoundRow[];
      if (others.some((o) => clashes(times(o), { opensAt, closesAt }, now))) return false;
      this.#db
        .prepare(
          `INSERT INTO rounds (id, document_id, version_id, title, introduction, opens_at, closes_at, participation, organisations, moderation, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
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
        );
      this.#event(id, null, 'person', input.createdBy, 'open', {});
      return true;
    })();
    return created ? (await this.get(id))! : 'clash';
  }

  /** One round with its state by the server clock. */
  async get(roundId: string): Promise<Round | undefined> {
    const row = this.#db.prepare('SELECT * FROM rounds WHERE id = ?').get(roundId) as RoundRow | undefined;
    return row ? this.#toRound(row) : undefined;
  }

  /** A document's rounds, newest opening first. */
  async list(documentId: string): Promise<Round[]> {
    const rows = this.#db
      .prepare('SELECT * FROM rounds WHERE document_id = ? ORDER BY opens_at DESC, rowid DESC')
      .all(documentId) as RoundRow[];
    return rows.map((r) => this.#toRound(r));
  }

  /** Closes a round now (no-op when already closed). */
  async close(roundId: string, personId: string): Promise<Round | undefined> {
    const round = await this.get(roundId);
    if (!round || round.state === 'closed') return round;
    this.#db.transaction(() => {
      this.#db.prepare('UPDATE rounds SET closed_at = ? WHERE id = ?').run(this.#now().toISOString(), roundId);
      this.#event(roundId, null, 'person', personId, 'close', {});
    })();
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
  ): Promise<{ id: string; status: NewCommentStatus }> {
    const { participant } = session;
    const id = newId();
    const blockId = anchor.kind === 'general' ? null : anchor.blockId;
    this.#db.transaction(() => {
      this.#db
        .prepare(
          'INSERT INTO public_comments (id, round_id, participant_id, anchor, block_id, text, status, created_at, held_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          participant.roundId,
          participant.id,
          JSON.stringify(anchor),
          blockId,
          text,
          status,
          this.#now().toISOString(),
          session.confirmed ? null : session.tokenHash,
        );
      this.#event(
        participant.roundId,
        id,
        'participant',
        participant.id,
        'comment',
        session.confirmed ? {} : { held: true },
      );
    })();
    return { id, status: session.confirmed ? status : 'awaiting-confirmation' };
  }

  /** Whether the round's revised version and report are published: from then on its comments are frozen. */
  async reportPublished(roundId: string): Promise<boolean> {
    return this.#db.prepare('SELECT 1 FROM round_revisions WHERE round_id = ?').get(roundId) !== undefined;
  }

  /** Agree/disagree counts per paragraph of a round: confirmed participants only (held ones wait in held_reactions). */
  async reactions(roundId: string): Promise<Record<string, ReactionCounts>> {
    const rows = this.#db
      .prepare(
        'SELECT block_id, reaction, COUNT(*) AS n FROM paragraph_reactions WHERE round_id = ? GROUP BY block_id, reaction',
      )
      .all(roundId) as { block_id: string; reaction: Reaction; n: number }[];
    const out: Record<string, ReactionCounts> = {};
    for (const r of rows) (out[r.block_id] ??= { agree: 0, disagree: 0 })[r.reaction] = r.n;
    return out;
  }

  /** Published comments only, oldest first: the one read path the public has. Never hidden or pending ones. */
  async published(roundId: string): Promise<PublicComment[]> {
    return this.#published(roundId).map(toPublic);
  }

  /** Ids of one participant's published comments in a round, oldest first. */
  async publishedIdsOf(roundId: string, participantId: string): Promise<string[]> {
    const rows = this.#db
      .prepare(
        `SELECT c.id FROM public_comments c WHERE c.held_by IS NULL AND c.round_id = ? AND c.participant_id = ? AND c.status = 'published' ORDER BY c.created_at, c.rowid`,
      )
      .all(roundId, participantId) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Published comments with their participants' ids, for processing and reports. */
  async publishedWithParticipants(roundId: string): Promise<PublishedComment[]> {
    return this.#published(roundId).map((row) => ({ ...toPublic(row), participantId: row.participant_id }));
  }

  #published(roundId: string): CommentRow[] {
    return this.#db
      .prepare(`${COMMENT_SELECT} AND c.round_id = ? AND c.status = 'published' ORDER BY c.created_at, c.rowid`)
      .all(roundId) as CommentRow[];
  }

  /** Every comment of a round with its moderation state, for coordinators. */
  async all(roundId: string): Promise<ModeratedComment[]> {
    const rows = this.#db
      .prepare(`${COMMENT_SELECT} AND c.round_id = ? ORDER BY c.created_at, c.rowid`)
      .all(roundId) as CommentRow[];
    return rows.map(toModerated);
  }

  /** One comment of a round with its moderation state. */
  async comment(roundId: string, commentId: string): Promise<ModeratedComment | undefined> {
    const row = this.#db.prepare(`${COMMENT_SELECT} AND c.round_id = ? AND c.id = ?`).get(roundId, commentId) as
      | CommentRow
      | undefined;
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
    params: unknown[],
  ): Promise<ModeratedComment | undefined> {
    if (!(await this.comment(roundId, commentId))) return undefined;
    this.#db.transaction(() => {
      this.#db.prepare(sql).run(...params, commentId);
      this.#event(roundId, commentId, 'person', personId, action, detail);
    })();
    return await this.comment(roundId, commentId);
  }

  #event(
    roundId: string,
    commentId: string | null,
    actorKind: 'person' | 'participant',
    actorId: string,
    action: string,
    detail: object,
  ): void {
    this.#db
      .prepare(
        'INSERT INTO round_events (round_id, comment_id, actor_kind, actor_id, at, action, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(roundId, commentId, actorKind, actorId, this.#now().toISOString(), action, JSON.stringify(detail));
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

/** The author as the participant chose to be shown: the group always, name and country unless group-only. */
function toPublic(row: CommentRow): PublicComment {
  const named = row.show_only === 'name-and-group';
  return {
    id: row.id,
    roundId: row.round_id,
    anchor: JSON.parse(row.anchor) as PublicCommentAnchor,
    text: row.text,
    author: {
      ...(named ? { name: row.name } : {}),
      stakeholderGroup: row.stakeholder_group,
      ...(named ? { country: row.country } : {}),
    },
    createdAt: row.created_at,
  };
}

function toModerated(row: CommentRow): ModeratedComment {
  return {
    ...toPublic(row),
    status: row.status,
    ...(row.hidden_reason ? { hiddenReason: row.hidden_reason } : {}),
    flagged: row.flagged_at !== null,
  };
}
