/**
 * Comment threads in SQLite. Every change writes its `comment_events` row in the same
 * transaction, so the history is complete by construction; the tables' triggers (migration
 * 0003) keep authorship fixed, tombstones final and the history append-only. Who may make a
 * change is decided before this store is called (authz/comments.ts); the store still refuses
 * an edit or delete by anyone but the author, as a second line.
 */
import { CommentAnchor, type Comment, type PersonShown, type ThreadEvent, type ThreadStatus } from '@accord/schema';
import { SqlitePeopleStore } from '../identity/people-store.js';
import type { Db } from '../storage/sqlite/database.js';
import { newId } from '../storage/ids.js';
import { Refusal } from '../refusal.js';

/** A change the store refuses because of the thread's or comment's state: a 403 for not its author, else a 409. */
export class CommentConflict extends Refusal {
  override name = 'CommentConflict';
  constructor(
    override readonly code: 'comment_deleted' | 'not_author' | 'already_resolved' | 'already_open',
    message: string,
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
  people?: Pick<SqlitePeopleStore, 'peopleByIds'>;
}

export class SqliteCommentStore {
  readonly #db: Db;
  readonly #now: () => Date;
  readonly #people: Pick<SqlitePeopleStore, 'peopleByIds'>;

  constructor(db: Db, options: CommentStoreOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#people = options.people ?? new SqlitePeopleStore(db);
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
    this.#db.transaction(() => {
      const at = this.#iso();
      const anchor = JSON.stringify(input.anchor);
      this.#db
        .prepare(
          "INSERT INTO comment_threads (id, document_id, anchor, block_id, status, created_at, created_by, suggestion_id) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)",
        )
        .run(id, input.documentId, anchor, input.anchor.blockId, at, input.authorId, input.suggestionId ?? null);
      const commentId = this.#insertComment(id, input.authorId, input, at);
      this.#event(id, commentId, input.authorId, at, 'create', { anchor: input.anchor });
    })();
    return (await this.getThread(id))!;
  }

  /** Adds a reply to a thread; returns the thread. */
  async reply(threadId: string, input: { authorId: string } & CommentInput): Promise<StoredThread> {
    this.#db.transaction(() => {
      const at = this.#iso();
      const commentId = this.#insertComment(threadId, input.authorId, input, at);
      this.#event(threadId, commentId, input.authorId, at, 'reply', {});
    })();
    return (await this.getThread(threadId))!;
  }

  /** Replaces the text of the author's own comment; the history keeps the previous text. Returns the thread. */
  async edit(commentId: string, authorId: string, input: CommentInput): Promise<StoredThread> {
    const threadId = this.#db.transaction(() => {
      const row = this.#ownLiveComment(commentId, authorId, 'edit');
      const at = this.#iso();
      this.#db
        .prepare('UPDATE comments SET body = ?, mentions = ?, edited_at = ? WHERE id = ?')
        .run(input.body, JSON.stringify([...input.mentions]), at, commentId);
      this.#event(row.thread_id, commentId, authorId, at, 'edit', {
        previous: row.body,
        previousMentions: JSON.parse(row.mentions) as unknown,
      });
      return row.thread_id;
    })();
    return (await this.getThread(threadId))!;
  }

  /** Deletes the author's own comment, leaving a tombstone in its place. Returns the thread. */
  async delete(commentId: string, authorId: string): Promise<StoredThread> {
    const threadId = this.#db.transaction(() => {
      const row = this.#ownLiveComment(commentId, authorId, 'delete');
      const at = this.#iso();
      this.#db
        .prepare("UPDATE comments SET body = '', mentions = '[]', deleted_at = ? WHERE id = ?")
        .run(at, commentId);
      // The words go with the comment: the history records that it was deleted, not what it said.
      this.#event(row.thread_id, commentId, authorId, at, 'delete', {});
      return row.thread_id;
    })();
    return (await this.getThread(threadId))!;
  }

  /** Resolves or reopens a thread; refuses one already in that state. Returns the thread. */
  async setStatus(threadId: string, actorId: string, status: ThreadStatus): Promise<StoredThread> {
    this.#db.transaction(() => {
      const current = this.#db.prepare('SELECT status FROM comment_threads WHERE id = ?').get(threadId) as
        | { status: ThreadStatus }
        | undefined;
      if (!current) throw new Error(`no comment thread ${threadId}`);
      if (current.status === status) {
        throw status === 'resolved'
          ? new CommentConflict('already_resolved', 'this thread is already resolved; reload to see who resolved it')
          : new CommentConflict('already_open', 'this thread is already open');
      }
      const at = this.#iso();
      if (status === 'resolved')
        this.#db
          .prepare("UPDATE comment_threads SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE id = ?")
          .run(at, actorId, threadId);
      else
        this.#db
          .prepare("UPDATE comment_threads SET status = 'open', resolved_at = NULL, resolved_by = NULL WHERE id = ?")
          .run(threadId);
      this.#event(threadId, null, actorId, at, status === 'resolved' ? 'resolve' : 'reopen', {});
    })();
    return (await this.getThread(threadId))!;
  }

  /** One thread with its comments, or undefined. */
  async getThread(threadId: string): Promise<StoredThread | undefined> {
    const row = this.#db.prepare('SELECT * FROM comment_threads WHERE id = ?').get(threadId) as ThreadRow | undefined;
    return row && (await this.#assemble([row]))[0];
  }

  /** The thread a comment belongs to, or undefined when there is no such comment. */
  async threadOfComment(commentId: string): Promise<StoredThread | undefined> {
    const row = this.#db.prepare('SELECT thread_id FROM comments WHERE id = ?').get(commentId) as
      | { thread_id: string }
      | undefined;
    return row && this.getThread(row.thread_id);
  }

  /** Every thread of a document, oldest first, with its comments in order. */
  async listThreads(documentId: string): Promise<StoredThread[]> {
    const rows = this.#db
      .prepare('SELECT * FROM comment_threads WHERE document_id = ? ORDER BY created_at, rowid')
      .all(documentId) as ThreadRow[];
    return this.#assemble(rows);
  }

  /** A thread's recorded changes, in order. */
  async history(threadId: string): Promise<ThreadEvent[]> {
    const rows = this.#db
      .prepare(
        'SELECT seq, comment_id, actor_id, at, action, detail FROM comment_events WHERE thread_id = ? ORDER BY seq',
      )
      .all(threadId) as EventRow[];
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

  #insertComment(threadId: string, authorId: string, input: CommentInput, at: string): string {
    const id = newId();
    this.#db
      .prepare('INSERT INTO comments (id, thread_id, author_id, body, mentions, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, threadId, authorId, input.body, JSON.stringify([...input.mentions]), at);
    return id;
  }

  /** The comment, if it exists, is `authorId`'s and is not deleted; otherwise the reason. */
  #ownLiveComment(commentId: string, authorId: string, change: 'edit' | 'delete'): CommentRow {
    const row = this.#db.prepare('SELECT * FROM comments WHERE id = ?').get(commentId) as CommentRow | undefined;
    if (!row) throw new Error(`no comment ${commentId}`);
    if (row.author_id !== authorId) throw new CommentConflict('not_author', `only its author can ${change} a comment`);
    if (row.deleted_at !== null)
      throw new CommentConflict('comment_deleted', 'this comment was deleted; it can no longer be changed');
    return row;
  }

  #event(
    threadId: string,
    commentId: string | null,
    actorId: string,
    at: string,
    action: ThreadEvent['action'],
    detail: Record<string, unknown>,
  ): void {
    this.#db
      .prepare(
        'INSERT INTO comment_events (thread_id, comment_id, actor_id, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(threadId, commentId, actorId, at, action, JSON.stringify(detail));
  }

  /** Threads with their comments and the people named in them, in a fixed number of queries. */
  async #assemble(rows: ThreadRow[]): Promise<StoredThread[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const comments = this.#db
      .prepare(`SELECT * FROM comments WHERE thread_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`)
      .all(JSON.stringify(ids)) as CommentRow[];
    const people = await this.#people.peopleByIds([
      ...comments.map((c) => c.author_id),
      ...rows.flatMap((r) => [r.created_by, ...(r.resolved_by ? [r.resolved_by] : [])]),
    ]);
    const byThread = new Map<string, Comment[]>(ids.map((id) => [id, []]));
    for (const c of comments) {
      byThread.get(c.thread_id)!.push({
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
