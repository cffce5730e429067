/**
 * The server's record of suggestions (migration 0012): one row per suggestion, kept current
 * from the stored updates that make, change and remove suggestion nodes, and an append-only
 * history of how each began and ended. The text itself lives in the document; this record is
 * what the server vouches for: who proposed it, when by the server's clock, who decided it.
 *
 * `record` is synchronous on purpose: the suggestions extension calls it right after the
 * updates it describes were stored (a hot-path hook), as one SQLite transaction.
 */
import type { MemberSuggesting, SuggestionKind, SuggestionStatus } from '@accord/schema';
import type { Db } from '../storage/sqlite/database.js';

/** A suggestion as an update left it, in the blocks it touched. */
export interface SeenSuggestion {
  id: string;
  kind: SuggestionKind;
  by: string;
  blockId: string;
  text: string;
}

/** What one stored update did to suggestions, and on whose behalf. */
export interface SuggestionDelta {
  /** Suggestions present after the update in the blocks it touched (new or changed). */
  seen: SeenSuggestion[];
  /** Suggestions it removed from the whole document. */
  gone: string[];
  /** The person the update stands for; undefined for the system's own writes. */
  actorId: string | undefined;
  /** For a server write: what it did (`suggestion.accept`…), which says how a removed suggestion ended. */
  action: string | undefined;
}

/** A suggestion's record. */
export interface StoredSuggestion {
  id: string;
  documentId: string;
  blockId: string;
  authorId: string;
  kind: SuggestionKind;
  text: string;
  createdAt: string;
  updatedAt: string;
  status: SuggestionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** One entry of a suggestion's history. */
export interface SuggestionEvent {
  seq: number;
  suggestionId: string;
  event: 'created' | 'accepted' | 'rejected' | 'withdrawn' | 'removed' | 'restored';
  actorId: string | null;
  at: string;
  text: string;
}

interface Row {
  id: string;
  document_id: string;
  block_id: string;
  author_id: string;
  kind: SuggestionKind;
  text: string;
  created_at: string;
  updated_at: string;
  status: SuggestionStatus;
  decided_by: string | null;
  decided_at: string | null;
}

/** How a suggestion that left the document ended, from the write that removed it. */
export function endingOf(action: string | undefined, actorId: string | undefined, authorId: string): SuggestionStatus {
  if (action === 'suggestion.accept') return 'accepted';
  if (action === 'suggestion.reject') return 'rejected';
  if (action === 'suggestion.withdraw') return 'withdrawn';
  // Its author deleting their own proposal while typing takes it back; anyone else's edit removed it.
  return actorId !== undefined && actorId === authorId ? 'withdrawn' : 'removed';
}

export interface SuggestionStoreOptions {
  now?: () => Date;
}

export class SqliteSuggestionStore {
  readonly #db: Db;
  readonly #now: () => Date;
  readonly #settings = new Map<string, MemberSuggesting>();

  constructor(db: Db, options: SuggestionStoreOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
  }

  /** Applies what stored updates did to suggestions, in one transaction (synchronous: called from a hot-path hook). */
  record(documentId: string, deltas: readonly SuggestionDelta[]): void {
    if (deltas.length === 0) return;
    const at = this.#now().toISOString();
    this.#db.transaction(() => {
      for (const delta of deltas) {
        for (const seen of delta.seen) this.#seen(documentId, seen, delta, at);
        for (const id of delta.gone) this.#gone(documentId, id, delta, at);
      }
    })();
  }

  /** One suggestion's record, or undefined. */
  async get(documentId: string, id: string): Promise<StoredSuggestion | undefined> {
    const row = this.#row(documentId, id);
    return row ? toStored(row) : undefined;
  }

  /** Records of a document, by id (all of them, or those with the given ids). */
  async byIds(documentId: string, ids?: readonly string[]): Promise<Map<string, StoredSuggestion>> {
    const rows = this.#db.prepare('SELECT * FROM suggestions WHERE document_id = ?').all(documentId) as Row[];
    const wanted = ids ? new Set(ids) : undefined;
    return new Map(rows.filter((r) => !wanted || wanted.has(r.id)).map((r) => [r.id, toStored(r)]));
  }

  /** A suggestion's history, oldest first. */
  async events(documentId: string, id: string): Promise<SuggestionEvent[]> {
    const rows = this.#db
      .prepare(
        'SELECT seq, suggestion_id, event, actor_id, at, text FROM suggestion_events WHERE document_id = ? AND suggestion_id = ? ORDER BY seq',
      )
      .all(documentId, id) as {
      seq: number;
      suggestion_id: string;
      event: SuggestionEvent['event'];
      actor_id: string | null;
      at: string;
      text: string;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      suggestionId: r.suggestion_id,
      event: r.event,
      actorId: r.actor_id,
      at: r.at,
      text: r.text,
    }));
  }

  /** The document's rule for members (`open` until a coordinator sets one). Synchronous and cached: the update check reads it. */
  members(documentId: string): MemberSuggesting {
    let value = this.#settings.get(documentId);
    if (value === undefined) {
      const row = this.#db.prepare('SELECT members FROM suggestion_settings WHERE document_id = ?').get(documentId) as
        | { members: MemberSuggesting }
        | undefined;
      value = row?.members ?? 'open';
      this.#settings.set(documentId, value);
    }
    return value;
  }

  /** Sets the document's rule for members; returns the previous one. */
  async setMembers(documentId: string, members: MemberSuggesting, actorId: string): Promise<MemberSuggesting> {
    const previous = this.#db.transaction(() => {
      const before = this.#db
        .prepare('SELECT members FROM suggestion_settings WHERE document_id = ?')
        .get(documentId) as { members: MemberSuggesting } | undefined;
      this.#db
        .prepare(
          `INSERT INTO suggestion_settings (document_id, members, set_at, set_by) VALUES (?, ?, ?, ?)
           ON CONFLICT (document_id) DO UPDATE SET members = excluded.members, set_at = excluded.set_at, set_by = excluded.set_by`,
        )
        .run(documentId, members, this.#now().toISOString(), actorId);
      return before?.members ?? 'open';
    })();
    this.#settings.set(documentId, members);
    return previous;
  }

  /** Whether the paragraph's consensus status is agreed (final or ad referendum). Synchronous: the update check reads it. */
  isAgreed(documentId: string, blockId: string): boolean {
    return (
      this.#db
        .prepare(
          "SELECT 1 FROM paragraph_status WHERE document_id = ? AND block_id = ? AND status IN ('agreed', 'agreed-ad-ref')",
        )
        .get(documentId, blockId) !== undefined
    );
  }

  /** Block ids of the document's agreed paragraphs. */
  async agreedBlocks(documentId: string): Promise<string[]> {
    return (
      this.#db
        .prepare(
          "SELECT block_id FROM paragraph_status WHERE document_id = ? AND status IN ('agreed', 'agreed-ad-ref') ORDER BY block_id",
        )
        .all(documentId) as { block_id: string }[]
    ).map((r) => r.block_id);
  }

  /** Display names of the stakeholder groups, by id. */
  async groupNames(): Promise<Map<string, string>> {
    const rows = this.#db.prepare('SELECT id, name FROM stakeholder_groups').all() as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The thread discussing each suggestion, by suggestion id. */
  async threads(documentId: string): Promise<Map<string, string>> {
    const rows = this.#db
      .prepare(
        'SELECT suggestion_id, id FROM comment_threads WHERE document_id = ? AND suggestion_id IS NOT NULL ORDER BY created_at',
      )
      .all(documentId) as { suggestion_id: string; id: string }[];
    const threads = new Map<string, string>();
    for (const r of rows) if (!threads.has(r.suggestion_id)) threads.set(r.suggestion_id, r.id);
    return threads;
  }

  #row(documentId: string, id: string): Row | undefined {
    return this.#db.prepare('SELECT * FROM suggestions WHERE document_id = ? AND id = ?').get(documentId, id) as
      | Row
      | undefined;
  }

  #event(
    documentId: string,
    id: string,
    event: SuggestionEvent['event'],
    actorId: string | undefined,
    at: string,
    text: string,
  ): void {
    this.#db
      .prepare(
        'INSERT INTO suggestion_events (document_id, suggestion_id, event, actor_id, at, text) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(documentId, id, event, actorId ?? null, at, text);
  }

  #seen(documentId: string, seen: SeenSuggestion, delta: SuggestionDelta, at: string): void {
    const row = this.#row(documentId, seen.id);
    if (!row) {
      this.#db
        .prepare(
          `INSERT INTO suggestions (id, document_id, block_id, author_id, kind, text, created_at, updated_at, status)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
        )
        .run(seen.id, documentId, seen.blockId, seen.by, seen.kind, seen.text, at, at);
      this.#event(documentId, seen.id, 'created', delta.actorId, at, seen.text);
      return;
    }
    if (row.status !== 'pending') {
      // Back after it ended: an undo brought its text back, so it waits for a decision again.
      this.#db
        .prepare(
          `UPDATE suggestions SET status = 'pending', decided_by = NULL, decided_at = NULL, text = ?, block_id = ?, updated_at = ?
           WHERE document_id = ? AND id = ?`,
        )
        .run(seen.text, seen.blockId, at, documentId, seen.id);
      this.#event(documentId, seen.id, 'restored', delta.actorId, at, seen.text);
      return;
    }
    if (row.text === seen.text && row.block_id === seen.blockId) return;
    this.#db
      .prepare('UPDATE suggestions SET text = ?, block_id = ?, updated_at = ? WHERE document_id = ? AND id = ?')
      .run(seen.text, seen.blockId, at, documentId, seen.id);
  }

  #gone(documentId: string, id: string, delta: SuggestionDelta, at: string): void {
    const row = this.#row(documentId, id);
    if (row?.status !== 'pending') return;
    const status = endingOf(delta.action, delta.actorId, row.author_id);
    this.#db
      .prepare(
        'UPDATE suggestions SET status = ?, decided_by = ?, decided_at = ?, updated_at = ? WHERE document_id = ? AND id = ?',
      )
      .run(status, delta.actorId ?? null, at, at, documentId, id);
    this.#event(documentId, id, status as SuggestionEvent['event'], delta.actorId, at, row.text);
  }
}

function toStored(r: Row): StoredSuggestion {
  return {
    id: r.id,
    documentId: r.document_id,
    blockId: r.block_id,
    authorId: r.author_id,
    kind: r.kind,
    text: r.text,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    status: r.status,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}
