/**
 * Paragraph change records and document visits (migration 0010), in SQLite or PostgreSQL.
 * Records arrive from the attribution extension in batches at most once a second; an open
 * record is upserted until it closes, and the triggers keep closed ones fixed and undeletable.
 * The table is separate from the document log, so compaction (which deletes logged updates)
 * never touches it.
 */
import type { Queryable, SqlDatabase } from '../storage/sql/types.js';
import { type ChangeRecord, DEFAULT_MAX_MS, type Taken } from './coalescer.js';

interface ChangeRow {
  id: string;
  document_id: string;
  block_id: string;
  person_id: string | null;
  started_at: string;
  ended_at: string;
  before_text: string | null;
  after_text: string | null;
  closed: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

const toRecord = (row: ChangeRow): ChangeRecord => ({
  id: row.id,
  documentId: row.document_id,
  blockId: row.block_id,
  personId: row.person_id,
  startedAt: Date.parse(row.started_at),
  endedAt: Date.parse(row.ended_at),
  before: row.before_text,
  after: row.after_text,
  closed: Number(row.closed) === 1,
});

/**
 * How much older than the longest run an open record must be before another process may
 * close it: covers clocks of instances that disagree and a live writer retrying a failed write.
 */
export const LEFT_OPEN_MARGIN_MS = 5 * 60_000;

export interface HistoryStoreOptions {
  /** The longest a run stays open (the coalescer's `maxMs`). Default ten minutes. */
  longestRunMs?: number;
  /** The clock {@link SqlHistoryStore.closeLeftOpen} measures age by; tests move it. */
  now?: () => number;
}

export class SqlHistoryStore {
  readonly #sql: SqlDatabase | Queryable;
  readonly #leftOpenAfterMs: number;
  readonly #now: () => number;

  constructor(sql: SqlDatabase | Queryable, options: HistoryStoreOptions = {}) {
    this.#sql = sql;
    this.#leftOpenAfterMs = (options.longestRunMs ?? DEFAULT_MAX_MS) + LEFT_OPEN_MARGIN_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Writes a batch of records in one transaction. Called from a timer, off the relay's path. */
  async write(taken: Taken): Promise<void> {
    if (!taken.write.length && !taken.drop.length) return;
    await this.#sql.transaction(async (tx) => {
      for (const r of taken.write) {
        await tx.run(
          `INSERT INTO paragraph_changes (id, document_id, block_id, person_id, started_at, ended_at, before_text, after_text, closed)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET ended_at = excluded.ended_at, after_text = excluded.after_text, closed = excluded.closed`,
          [
            r.id,
            r.documentId,
            r.blockId,
            r.personId,
            iso(r.startedAt),
            iso(r.endedAt),
            r.before,
            r.after,
            r.closed ? 1 : 0,
          ],
        );
      }
      for (const id of taken.drop) await tx.run('DELETE FROM paragraph_changes WHERE id = ? AND closed = 0', [id]);
    });
  }

  /**
   * Closes runs left open by a process that stopped without closing them (a crash), as they
   * were last written; those that changed nothing are removed. Several instances share one
   * database, so only runs no live process can still be writing are touched: a live run is
   * written at least once a second and closes at most `longestRunMs` after it began, so one
   * whose last change is older than that plus {@link LEFT_OPEN_MARGIN_MS} was abandoned.
   * Called at start and then periodically (a crash's runs close within about 15 minutes).
   */
  async closeLeftOpen(): Promise<void> {
    const before = iso(this.#now() - this.#leftOpenAfterMs);
    await this.#sql.transaction(async (tx) => {
      await tx.run(
        'DELETE FROM paragraph_changes WHERE closed = 0 AND ended_at < ? AND before_text IS NOT DISTINCT FROM after_text',
        [before],
      );
      await tx.run('UPDATE paragraph_changes SET closed = 1 WHERE closed = 0 AND ended_at < ?', [before]);
    });
  }

  /** A block's written records, oldest first. */
  async ofBlock(documentId: string, blockId: string): Promise<ChangeRecord[]> {
    const rows = await this.#sql.all<ChangeRow>(
      `SELECT * FROM paragraph_changes
       WHERE document_id = ? AND block_id = ? AND before_text IS DISTINCT FROM after_text
       ORDER BY started_at, ended_at, id`,
      [documentId, blockId],
    );
    return rows.map(toRecord);
  }

  /** A document's written records whose latest change is after `since` and that someone other than `personId` made. */
  async changedSince(documentId: string, since: string, personId: string): Promise<ChangeRecord[]> {
    const rows = await this.#sql.all<ChangeRow>(
      `SELECT * FROM paragraph_changes
       WHERE document_id = ? AND ended_at > ? AND person_id IS DISTINCT FROM ? AND before_text IS DISTINCT FROM after_text
       ORDER BY ended_at, started_at, id`,
      [documentId, since, personId],
    );
    return rows.map(toRecord);
  }

  /** Records a visit at `at`; returns the previous one (ISO), or null at the first. */
  async visit(personId: string, documentId: string, at: string): Promise<string | null> {
    return this.#sql.transaction(async (tx) => {
      const previous = await tx.get<{ visited_at: string }>(
        'SELECT visited_at FROM document_visits WHERE person_id = ? AND document_id = ?',
        [personId, documentId],
      );
      await tx.run(
        `INSERT INTO document_visits (person_id, document_id, visited_at) VALUES (?, ?, ?)
         ON CONFLICT (person_id, document_id) DO UPDATE SET visited_at = excluded.visited_at`,
        [personId, documentId, at],
      );
      return previous?.visited_at ?? null;
    });
  }
}
