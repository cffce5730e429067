/**
 * Paragraph change records and document visits in SQLite (migration 0010). Records arrive from
 * the attribution extension in batches at most once a second; an open record is upserted until
 * it closes, and the triggers keep closed ones fixed and undeletable. The table is separate
 * from the document log, so compaction (which deletes logged updates) never touches it.
 */
import type { Db } from '../storage/sqlite/database.js';
import type { ChangeRecord, Taken } from './coalescer.js';

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
  closed: row.closed === 1,
});

export class SqliteHistoryStore {
  readonly #db: Db;
  readonly #write: (taken: Taken) => void;

  constructor(db: Db) {
    this.#db = db;
    const upsert = db.prepare(
      `INSERT INTO paragraph_changes (id, document_id, block_id, person_id, started_at, ended_at, before_text, after_text, closed)
       VALUES (@id, @documentId, @blockId, @personId, @startedAt, @endedAt, @before, @after, @closed)
       ON CONFLICT (id) DO UPDATE SET ended_at = excluded.ended_at, after_text = excluded.after_text, closed = excluded.closed`,
    );
    const drop = db.prepare('DELETE FROM paragraph_changes WHERE id = ? AND closed = 0');
    this.#write = db.transaction((taken: Taken) => {
      for (const r of taken.write) {
        upsert.run({
          id: r.id,
          documentId: r.documentId,
          blockId: r.blockId,
          personId: r.personId,
          startedAt: iso(r.startedAt),
          endedAt: iso(r.endedAt),
          before: r.before,
          after: r.after,
          closed: r.closed ? 1 : 0,
        });
      }
      for (const id of taken.drop) drop.run(id);
    });
  }

  /** Writes a batch of records in one transaction. Synchronous: it runs from a timer, off the relay's path. */
  write(taken: Taken): void {
    if (taken.write.length || taken.drop.length) this.#write(taken);
  }

  /**
   * At start: runs left open by a process that stopped without closing them (a crash) are
   * closed as they were last written; those that changed nothing are removed.
   */
  closeLeftOpen(): void {
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM paragraph_changes WHERE closed = 0 AND before_text IS after_text').run();
      this.#db.prepare('UPDATE paragraph_changes SET closed = 1 WHERE closed = 0').run();
    })();
  }

  /** A block's written records, oldest first. */
  async ofBlock(documentId: string, blockId: string): Promise<ChangeRecord[]> {
    const rows = this.#db
      .prepare(
        `SELECT * FROM paragraph_changes WHERE document_id = ? AND block_id = ? AND before_text IS NOT after_text
         ORDER BY started_at, rowid`,
      )
      .all(documentId, blockId) as ChangeRow[];
    return rows.map(toRecord);
  }

  /** A document's written records whose latest change is after `since` and that someone other than `personId` made. */
  async changedSince(documentId: string, since: string, personId: string): Promise<ChangeRecord[]> {
    const rows = this.#db
      .prepare(
        `SELECT * FROM paragraph_changes
         WHERE document_id = ? AND ended_at > ? AND person_id IS NOT ? AND before_text IS NOT after_text
         ORDER BY ended_at, rowid`,
      )
      .all(documentId, since, personId) as ChangeRow[];
    return rows.map(toRecord);
  }

  /** Records a visit at `at`; returns the previous one (ISO), or null at the first. */
  async visit(personId: string, documentId: string, at: string): Promise<string | null> {
    return this.#db.transaction(() => {
      const previous = this.#db
        .prepare('SELECT visited_at FROM document_visits WHERE person_id = ? AND document_id = ?')
        .get(personId, documentId) as { visited_at: string } | undefined;
      this.#db
        .prepare(
          `INSERT INTO document_visits (person_id, document_id, visited_at) VALUES (?, ?, ?)
           ON CONFLICT (person_id, document_id) DO UPDATE SET visited_at = excluded.visited_at`,
        )
        .run(personId, documentId, at);
      return previous?.visited_at ?? null;
    })();
  }
}
