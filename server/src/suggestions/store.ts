/**
 * The server's record of suggestions (migration 0012): one row per suggestion, kept current
 * from the stored updates that make, change and remove suggestion nodes, and an append-only
 * history of how each began and ended. The text itself lives in the document; this record is
 * what the server vouches for: who proposed it, when by the server's clock, who decided it.
 *
 * `record` is called by the suggestions extension right after the updates it describes were
 * stored, off the relay's path (the extension queues it per document, in order), as one
 * transaction. The synchronous reads the update check needs (the members' rule, agreed
 * paragraphs) are served from a per-document cache (`rules.ts`) fed by {@link SqlSuggestionStore.rulesOf}.
 */
import type { MemberSuggesting, SuggestionKind, SuggestionStatus } from '@accord/schema';
import type { Queryable, SqlDatabase } from '../storage/sql/types.js';

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

/** What the update check needs to know of a document: the members' rule and its agreed paragraphs. */
export interface DocumentRules {
  members: MemberSuggesting;
  agreed: Set<string>;
}

/** The statuses that make a paragraph agreed (final or ad referendum). */
export const AGREED_STATUSES: ReadonlySet<string> = new Set(['agreed', 'agreed-ad-ref']);

/** Ids per statement of {@link SqlSuggestionStore.rulesOf}, well below either dialect's parameter limit. */
const RULES_CHUNK = 500;

export class SqlSuggestionStore {
  readonly #sql: SqlDatabase | Queryable;
  readonly #now: () => Date;

  constructor(sql: SqlDatabase | Queryable, options: SuggestionStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
  }

  /** Applies what stored updates did to suggestions, in one transaction. */
  async record(documentId: string, deltas: readonly SuggestionDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const at = this.#now().toISOString();
    await this.#sql.transaction(async (tx) => {
      for (const delta of deltas) {
        for (const seen of delta.seen) await this.#seen(tx, documentId, seen, delta, at);
        for (const id of delta.gone) await this.#gone(tx, documentId, id, delta, at);
      }
    });
  }

  /** One suggestion's record, or undefined. */
  async get(documentId: string, id: string): Promise<StoredSuggestion | undefined> {
    const row = await this.#row(this.#sql, documentId, id);
    return row ? toStored(row) : undefined;
  }

  /** Records of a document, by id (all of them, or those with the given ids). */
  async byIds(documentId: string, ids?: readonly string[]): Promise<Map<string, StoredSuggestion>> {
    const rows = await this.#sql.all<Row>('SELECT * FROM suggestions WHERE document_id = ?', [documentId]);
    const wanted = ids ? new Set(ids) : undefined;
    return new Map(rows.filter((r) => !wanted || wanted.has(r.id)).map((r) => [r.id, toStored(r)]));
  }

  /** A suggestion's history, oldest first. */
  async events(documentId: string, id: string): Promise<SuggestionEvent[]> {
    const rows = await this.#sql.all<{
      seq: number;
      suggestion_id: string;
      event: SuggestionEvent['event'];
      actor_id: string | null;
      at: string;
      text: string;
    }>(
      'SELECT seq, suggestion_id, event, actor_id, at, text FROM suggestion_events WHERE document_id = ? AND suggestion_id = ? ORDER BY seq',
      [documentId, id],
    );
    return rows.map((r) => ({
      seq: r.seq,
      suggestionId: r.suggestion_id,
      event: r.event,
      actorId: r.actor_id,
      at: r.at,
      text: r.text,
    }));
  }

  /**
   * The document's rule for members (`open` until a coordinator sets one), read from the
   * database. The update check does not call this: it reads the cache of `rules.ts`.
   */
  async members(documentId: string): Promise<MemberSuggesting> {
    const row = await this.#sql.get<{ members: MemberSuggesting }>(
      'SELECT members FROM suggestion_settings WHERE document_id = ?',
      [documentId],
    );
    return row?.members ?? 'open';
  }

  /** Sets the document's rule for members; returns the previous one. */
  async setMembers(documentId: string, members: MemberSuggesting, actorId: string): Promise<MemberSuggesting> {
    return this.#sql.transaction(async (tx) => {
      const before = await tx.get<{ members: MemberSuggesting }>(
        'SELECT members FROM suggestion_settings WHERE document_id = ?',
        [documentId],
      );
      await tx.run(
        `INSERT INTO suggestion_settings (document_id, members, set_at, set_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (document_id) DO UPDATE SET members = excluded.members, set_at = excluded.set_at, set_by = excluded.set_by`,
        [documentId, members, this.#now().toISOString(), actorId],
      );
      return before?.members ?? 'open';
    });
  }

  /** Whether the paragraph's consensus status is agreed (final or ad referendum), read from the database. */
  async isAgreed(documentId: string, blockId: string): Promise<boolean> {
    const row = await this.#sql.get(
      "SELECT 1 AS one FROM paragraph_status WHERE document_id = ? AND block_id = ? AND status IN ('agreed', 'agreed-ad-ref')",
      [documentId, blockId],
    );
    return row !== undefined;
  }

  /** Block ids of the document's agreed paragraphs. */
  async agreedBlocks(documentId: string): Promise<string[]> {
    const rows = await this.#sql.all<{ block_id: string }>(
      "SELECT block_id FROM paragraph_status WHERE document_id = ? AND status IN ('agreed', 'agreed-ad-ref') ORDER BY block_id",
      [documentId],
    );
    return rows.map((r) => r.block_id);
  }

  /**
   * The members' rule and agreed paragraphs of several documents at once: one statement per
   * {@link RULES_CHUNK} documents, for the cache's load and its periodic re-read. Every id asked
   * for is in the answer.
   */
  async rulesOf(documentIds: readonly string[]): Promise<Map<string, DocumentRules>> {
    const rules = new Map<string, DocumentRules>();
    for (const id of documentIds) rules.set(id, { members: 'open', agreed: new Set() });
    for (let i = 0; i < documentIds.length; i += RULES_CHUNK) {
      const ids = documentIds.slice(i, i + RULES_CHUNK);
      const marks = ids.map(() => '?').join(', ');
      const rows = await this.#sql.all<{ document_id: string; kind: string; value: string }>(
        `SELECT document_id, 'members' AS kind, members AS value FROM suggestion_settings WHERE document_id IN (${marks})
         UNION ALL
         SELECT document_id, 'agreed' AS kind, block_id AS value FROM paragraph_status
         WHERE document_id IN (${marks}) AND status IN ('agreed', 'agreed-ad-ref')`,
        [...ids, ...ids],
      );
      for (const row of rows) {
        const entry = rules.get(row.document_id);
        if (!entry) continue;
        if (row.kind === 'members') entry.members = row.value as MemberSuggesting;
        else entry.agreed.add(row.value);
      }
    }
    return rules;
  }

  /** Display names of the stakeholder groups, by id. */
  async groupNames(): Promise<Map<string, string>> {
    const rows = await this.#sql.all<{ id: string; name: string }>('SELECT id, name FROM stakeholder_groups');
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The thread discussing each suggestion, by suggestion id. */
  async threads(documentId: string): Promise<Map<string, string>> {
    const rows = await this.#sql.all<{ suggestion_id: string; id: string }>(
      'SELECT suggestion_id, id FROM comment_threads WHERE document_id = ? AND suggestion_id IS NOT NULL ORDER BY created_at, id',
      [documentId],
    );
    const threads = new Map<string, string>();
    for (const r of rows) if (!threads.has(r.suggestion_id)) threads.set(r.suggestion_id, r.id);
    return threads;
  }

  #row(q: Queryable, documentId: string, id: string): Promise<Row | undefined> {
    return q.get<Row>('SELECT * FROM suggestions WHERE document_id = ? AND id = ?', [documentId, id]);
  }

  async #event(
    tx: Queryable,
    documentId: string,
    id: string,
    event: SuggestionEvent['event'],
    actorId: string | undefined,
    at: string,
    text: string,
  ): Promise<void> {
    await tx.run(
      'INSERT INTO suggestion_events (document_id, suggestion_id, event, actor_id, at, text) VALUES (?, ?, ?, ?, ?, ?)',
      [documentId, id, event, actorId ?? null, at, text],
    );
  }

  // Two instances may record updates touching one suggestion at the same moment: the insert
  // yields to one already made, and each change of status is conditional on the status it
  // changes, so a suggestion is created, ended or restored once, with one event each time.
  async #seen(
    tx: Queryable,
    documentId: string,
    seen: SeenSuggestion,
    delta: SuggestionDelta,
    at: string,
  ): Promise<void> {
    const made = await tx.get(
      `INSERT INTO suggestions (id, document_id, block_id, author_id, kind, text, created_at, updated_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending') ON CONFLICT (document_id, id) DO NOTHING RETURNING id`,
      [seen.id, documentId, seen.blockId, seen.by, seen.kind, seen.text, at, at],
    );
    if (made) {
      await this.#event(tx, documentId, seen.id, 'created', delta.actorId, at, seen.text);
      return;
    }
    const row = await this.#row(tx, documentId, seen.id);
    if (!row) return;
    if (row.status !== 'pending') {
      // Back after it ended: an undo brought its text back, so it waits for a decision again.
      const restored = await tx.run(
        `UPDATE suggestions SET status = 'pending', decided_by = NULL, decided_at = NULL, text = ?, block_id = ?, updated_at = ?
         WHERE document_id = ? AND id = ? AND status <> 'pending'`,
        [seen.text, seen.blockId, at, documentId, seen.id],
      );
      if (restored.changes === 1) await this.#event(tx, documentId, seen.id, 'restored', delta.actorId, at, seen.text);
      return;
    }
    if (row.text === seen.text && row.block_id === seen.blockId) return;
    await tx.run('UPDATE suggestions SET text = ?, block_id = ?, updated_at = ? WHERE document_id = ? AND id = ?', [
      seen.text,
      seen.blockId,
      at,
      documentId,
      seen.id,
    ]);
  }

  async #gone(tx: Queryable, documentId: string, id: string, delta: SuggestionDelta, at: string): Promise<void> {
    const row = await this.#row(tx, documentId, id);
    if (row?.status !== 'pending') return;
    const status = endingOf(delta.action, delta.actorId, row.author_id);
    const ended = await tx.run(
      `UPDATE suggestions SET status = ?, decided_by = ?, decided_at = ?, updated_at = ?
       WHERE document_id = ? AND id = ? AND status = 'pending'`,
      [status, delta.actorId ?? null, at, at, documentId, id],
    );
    if (ended.changes === 1)
      await this.#event(tx, documentId, id, status as SuggestionEvent['event'], delta.actorId, at, row.text);
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
