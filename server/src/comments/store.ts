/**
 * Comment threads, in SQLite or PostgreSQL. Every change writes its `comment_events` row in the
 * same transaction, so the history is complete by construction; the tables' triggers
 * (migration 0003, in both dialects) keep authorship fixed, tombstones final and the history
 * append-only. Who may make a change is decided before this store is called
 * (authz/comments.ts); the store still refuses an edit or delete by anyone but the author, as a
 * second line.
 */
import { CommentAnchor, type Comment, type PersonShown, type ThreadEvent, type ThreadStatus } from '@accord/schema';
import { SqlPeopleStore } from '../identity/people-store.js';
import type { Queryable, SqlDatabase } from '../storage/sql/types.js';
import { newId } from '../storage/ids.js';
import { type Msg, Refusal } from '../refusal.js';

/** A change the store refuses because of the thread's or comment's state: a 403 for not its author, else a 409. */
export class CommentConflict extends Refusal {
  override name = 'CommentConflict';
  constructor(
    override readonly code: 'comment_deleted' | 'not_author' | 'already_resolved' | 'already_open',
    message: Msg,
  ) {
    super(code === 'not_author' ? 403 : 409, code, message);
  }
}

/** A thread as stored, with its comments and the people behind them, but not yet resolved against the document. */
export interface StoredThread {
  id: string;
  documentId: string;
  anchor: CommentAnchor;
  blockId: string;
  status: ThreadStatus;
  createdAt: string;
  createdBy: PersonShown;
  resolvedAt: string | null;
  resolvedBy: PersonShown | null;
  comments: Comment[];
  /** The suggestion the thread discusses, if any. */
  suggestionId?: string;
}

/** What a new comment says. Mentions are checked by the caller (people of the workspace). */
export interface CommentInput {
  body: string;
  mentions: readonly string[];
}

interface ThreadRow {
  id: string;
  document_id: string;
  anchor: string;
  block_id: string;
  status: ThreadStatus;
  created_at: string;
  created_by: string;
  resolved_at: string | null;
  resolved_by: string | null;
  suggestion_id: string | null;
}

interface CommentRow {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  mentions: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

interface EventRow {
  seq: number;
  comment_id: string | null;
  actor_id: string;
  at: string;
  action: ThreadEvent['action'];
  detail: string;
}

export interface CommentStoreOptions {
  /** The clock comments are dated by; tests move it. */
  now?: () => Date;
  /** Who the people behind comments are; by default the people store on the same database. */
  people?: Pick<SqlPeopleStore, 'peopleByIds'>;
}

/** Thread rows in the order they were opened (the create event's seq breaks ties of time). */
const THREADS = `SELECT t.* FROM comment_threads t JOIN comment_events e ON e.thread_id = t.id AND e.action = 'create'`;
/** Comment rows in the order they were written: each has exactly one create or reply event. */
const COMMENTS = `SELECT c.* FROM comments c JOIN comment_threads t ON t.id = c.thread_id
  JOIN comment_events e ON e.thread_id = c.thread_id AND e.comment_id = c.id AND e.action IN ('create', 'reply')`;

export class SqlCommentStore {
  readonly #sql: SqlDatabase | Queryable;
  readonly #now: () => Date;
  readonly #people: Pick<SqlPeopleStore, 'peopleByIds'>;

  constructor(sql: SqlDatabase | Queryable, options: CommentStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.#people = options.people ?? new SqlPeopleStore(sql);
  }

  /** Opens a thread with its first comment; returns the thread. */
  async createThread(
    input: {
      documentId: string;
      anchor: CommentAnchor;
      authorId: string;
      suggestionId?: string | undefined;
    } & CommentInput,
  ): Promise<StoredThread> {
    const id = newId();
    await this.#sql.transaction(async (tx) => {
      const at = this.#iso();
      await tx.run(
        "INSERT INTO comment_threads (id, document_id, anchor, block_id, status, created_at, created_by, suggestion_id) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)",
        [
          id,
          input.documentId,
          JSON.stringify(input.anchor),
          input.anchor.blockId,
          at,
          input.authorId,
          input.suggestionId ?? null,
        ],
      );
      const commentId = await this.#insertComment(tx, id, input.authorId, input, at);
      await this.#event(tx, id, commentId, input.authorId, at, 'create', { anchor: input.anchor });
    });
    return (await this.getThread(id))!;
  }

  /** Adds a reply to a thread; returns the thread. */
  async reply(threadId: string, input: { authorId: string } & CommentInput): Promise<StoredThread> {
    await this.#sql.transaction(async (tx) => {
      const at = this.#iso();
      const commentId = await this.#insertComment(tx, threadId, input.authorId, input, at);
      await this.#event(tx, threadId, commentId, input.authorId, at, 'reply', {});
    });
    return (await this.getThread(threadId))!;
  }

  /** Replaces the text of the author's own comment; the history keeps the previous text. Returns the thread. */
  async edit(commentId: string, authorId: string, input: CommentInput): Promise<StoredThread> {
    const threadId = await this.#sql.transaction(async (tx) => {
      const row = await this.#ownLiveComment(tx, commentId, authorId, 'edit');
      const at = this.#iso();
      await tx.run('UPDATE comments SET body = ?, mentions = ?, edited_at = ? WHERE id = ?', [
        input.body,
        JSON.stringify([...input.mentions]),
        at,
        commentId,
      ]);
      await this.#event(tx, row.thread_id, commentId, authorId, at, 'edit', {
        previous: row.body,
        previousMentions: JSON.parse(row.mentions) as unknown,
      });
      return row.thread_id;
    });
    return (await this.getThread(threadId))!;
  }

  /** Deletes the author's own comment, leaving a tombstone in its place. Returns the thread. */
  async delete(commentId: string, authorId: string): Promise<StoredThread> {
    const threadId = await this.#sql.transaction(async (tx) => {
      const row = await this.#ownLiveComment(tx, commentId, authorId, 'delete');
      const at = this.#iso();
      await tx.run("UPDATE comments SET body = '', mentions = '[]', deleted_at = ? WHERE id = ?", [at, commentId]);
      // The words go with the comment: the history records that it was deleted, not what it said.
      await this.#event(tx, row.thread_id, commentId, authorId, at, 'delete', {});
      return row.thread_id;
    });
    return (await this.getThread(threadId))!;
  }

  /** Resolves or reopens a thread; refuses one already in that state. Returns the thread. */
  async setStatus(threadId: string, actorId: string, status: ThreadStatus): Promise<StoredThread> {
    await this.#sql.transaction(async (tx) => {
      // FOR UPDATE on PostgreSQL: two instances resolving at once must not both pass the check.
      const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const current = await tx.get<{ status: ThreadStatus }>(`SELECT status FROM comment_threads WHERE id = ?${lock}`, [
        threadId,
      ]);
      if (!current) throw new Error(`no comment thread ${threadId}`);
      if (current.status === status) {
        throw status === 'resolved'
          ? new CommentConflict('already_resolved', { key: 'errors.comment.alreadyResolved' })
          : new CommentConflict('already_open', { key: 'errors.comment.alreadyOpen' });
      }
      const at = this.#iso();
      if (status === 'resolved')
        await tx.run("UPDATE comment_threads SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE id = ?", [
          at,
          actorId,
          threadId,
        ]);
      else
        await tx.run(
          "UPDATE comment_threads SET status = 'open', resolved_at = NULL, resolved_by = NULL WHERE id = ?",
          [threadId],
        );
      await this.#event(tx, threadId, null, actorId, at, status === 'resolved' ? 'resolve' : 'reopen', {});
    });
    return (await this.getThread(threadId))!;
  }

  /** One thread with its comments, or undefined. */
  async getThread(threadId: string): Promise<StoredThread | undefined> {
    const row = await this.#sql.get<ThreadRow>('SELECT * FROM comment_threads WHERE id = ?', [threadId]);
    if (!row) return undefined;
    const comments = await this.#sql.all<CommentRow>(`${COMMENTS} WHERE c.thread_id = ? ORDER BY e.seq`, [threadId]);
    return (await this.#assemble([row], comments))[0];
  }

  /** The thread a comment belongs to, or undefined when there is no such comment. */
  async threadOfComment(commentId: string): Promise<StoredThread | undefined> {
    const row = await this.#sql.get<{ thread_id: string }>('SELECT thread_id FROM comments WHERE id = ?', [commentId]);
    return row && this.getThread(row.thread_id);
  }

  /** Every thread of a document, oldest first, with its comments in order. */
  async listThreads(documentId: string): Promise<StoredThread[]> {
    const rows = await this.#sql.all<ThreadRow>(`${THREADS} WHERE t.document_id = ? ORDER BY t.created_at, e.seq`, [
      documentId,
    ]);
    if (rows.length === 0) return [];
    const comments = await this.#sql.all<CommentRow>(`${COMMENTS} WHERE t.document_id = ? ORDER BY e.seq`, [
      documentId,
    ]);
    return this.#assemble(rows, comments);
  }

  /** A thread's recorded changes, in order. */
  async history(threadId: string): Promise<ThreadEvent[]> {
    const rows = await this.#sql.all<EventRow>(
      'SELECT seq, comment_id, actor_id, at, action, detail FROM comment_events WHERE thread_id = ? ORDER BY seq',
      [threadId],
    );
    const people = await this.#people.peopleByIds(rows.map((r) => r.actor_id));
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: people.get(r.actor_id)!,
      action: r.action,
      commentId: r.comment_id,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    }));
  }

  async #insertComment(
    tx: Queryable,
    threadId: string,
    authorId: string,
    input: CommentInput,
    at: string,
  ): Promise<string> {
    const id = newId();
    await tx.run(
      'INSERT INTO comments (id, thread_id, author_id, body, mentions, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [id, threadId, authorId, input.body, JSON.stringify([...input.mentions]), at],
    );
    return id;
  }

  /** The comment, if it exists, is `authorId`'s and is not deleted; otherwise the reason. */
  async #ownLiveComment(
    tx: Queryable,
    commentId: string,
    authorId: string,
    change: 'edit' | 'delete',
  ): Promise<CommentRow> {
    // FOR UPDATE on PostgreSQL: an edit racing a delete on another instance must see the tombstone.
    const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
    const row = await tx.get<CommentRow>(`SELECT * FROM comments WHERE id = ?${lock}`, [commentId]);
    if (!row) throw new Error(`no comment ${commentId}`);
    if (row.author_id !== authorId)
      throw new CommentConflict('not_author', { key: 'errors.comment.notAuthor', values: { change } });
    if (row.deleted_at !== null) throw new CommentConflict('comment_deleted', { key: 'errors.comment.deleted' });
    return row;
  }

  async #event(
    tx: Queryable,
    threadId: string,
    commentId: string | null,
    actorId: string,
    at: string,
    action: ThreadEvent['action'],
    detail: Record<string, unknown>,
  ): Promise<void> {
    await tx.run(
      'INSERT INTO comment_events (thread_id, comment_id, actor_id, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
      [threadId, commentId, actorId, at, action, JSON.stringify(detail)],
    );
  }

  /** Threads with their comments (in order) and the people named in them. */
  async #assemble(rows: ThreadRow[], comments: CommentRow[]): Promise<StoredThread[]> {
    const people = await this.#people.peopleByIds([
      ...comments.map((c) => c.author_id),
      ...rows.flatMap((r) => [r.created_by, ...(r.resolved_by ? [r.resolved_by] : [])]),
    ]);
    const byThread = new Map<string, Comment[]>(rows.map((r) => [r.id, []]));
    for (const c of comments) {
      byThread.get(c.thread_id)?.push({
        id: c.id,
        threadId: c.thread_id,
        author: people.get(c.author_id)!,
        body: c.body,
        mentions: JSON.parse(c.mentions) as string[],
        createdAt: c.created_at,
        editedAt: c.edited_at,
        deletedAt: c.deleted_at,
      });
    }
    return rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      anchor: CommentAnchor.parse(JSON.parse(r.anchor)),
      blockId: r.block_id,
      status: r.status,
      createdAt: r.created_at,
      createdBy: people.get(r.created_by)!,
      resolvedAt: r.resolved_at,
      resolvedBy: r.resolved_by ? people.get(r.resolved_by)! : null,
      comments: byThread.get(r.id)!,
      ...(r.suggestion_id === null ? {} : { suggestionId: r.suggestion_id }),
    }));
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
