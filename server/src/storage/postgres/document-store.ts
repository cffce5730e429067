/**
 * The update log and snapshots in PostgreSQL, shared by every instance.
 *
 * Appends of one document are serialised by its `documents` row: an append locks the row
 * first, then reads the head and inserts. Sequence numbers come from one identity column, so
 * they are allocated after the lock; the next appender of that document waits for the commit.
 * Per document, seq order is therefore commit order, and `previousSeq` of each batch is the
 * `lastSeq` of the batch committed before it: an instance that saw a batch whose previousSeq
 * it has not reached knows it missed one.
 */
import * as Y from 'yjs';
import type { PostgresSql } from '../sql/postgres.js';
import type { Queryable, SqlValue } from '../sql/types.js';
import type { Appended, DocumentStore, StoredDocument } from '../types.js';

/** Rows per INSERT (two parameters each; PostgreSQL allows 65,535 per statement). */
const INSERT_ROWS = 1_000;
/** Documents per heads query. */
const HEADS_CHUNK = 500;

/** The head of a document: its last update's seq, else its snapshot's, else 0; `?` is the document id, twice. */
const HEAD = `COALESCE(
  (SELECT MAX(seq) FROM document_updates WHERE document_id = ?),
  (SELECT upto_seq FROM document_snapshots WHERE document_id = ?),
  0)`;

interface StoredRow {
  /** 0: the snapshot, 1: a logged update. */
  kind: number;
  seq: number;
  data: Buffer;
}

export class PostgresDocumentStore implements DocumentStore {
  readonly #sql: PostgresSql;

  constructor(sql: PostgresSql) {
    this.#sql = sql;
  }

  /** The stored state; with `uptoSeq`, only the updates up to it (what {@link fold} folds). */
  load(documentId: string, uptoSeq = Number.MAX_SAFE_INTEGER): Promise<StoredDocument> {
    return this.#read(this.#sql, documentId, 0, uptoSeq);
  }

  loadSince(documentId: string, afterSeq: number): Promise<StoredDocument> {
    return this.#read(this.#sql, documentId, afterSeq, Number.MAX_SAFE_INTEGER);
  }

  append(documentId: string, updates: readonly Uint8Array[]): Promise<Appended> {
    return this.#sql.transaction(async (tx) => {
      // Locks the document's row until commit: this document's appends from every instance
      // happen one after the other, so seq order is commit order (see the file comment).
      const touched = await tx.run('UPDATE documents SET updated_at = ? WHERE id = ?', [
        new Date().toISOString(),
        documentId,
      ]);
      if (touched.changes === 0)
        throw new Error(`cannot store updates of document ${documentId}: it has no record (was it created?)`);
      const head = await tx.get<{ head: number }>(`SELECT ${HEAD} AS head`, [documentId, documentId]);
      const previousSeq = head?.head ?? 0;
      let lastSeq = previousSeq;
      for (let i = 0; i < updates.length; i += INSERT_ROWS) {
        const rows = updates.slice(i, i + INSERT_ROWS);
        const params: SqlValue[] = rows.flatMap((data) => [documentId, data]);
        const inserted = await tx.all<{ seq: number }>(
          `INSERT INTO document_updates (document_id, data) VALUES ${rows.map(() => '(?, ?)').join(', ')} RETURNING seq`,
          params,
        );
        for (const { seq } of inserted) if (seq > lastSeq) lastSeq = seq;
      }
      return { lastSeq, previousSeq };
    });
  }

  async heads(documentIds: readonly string[]): Promise<Map<string, number>> {
    const heads = new Map<string, number>(documentIds.map((id) => [id, 0]));
    for (let i = 0; i < documentIds.length; i += HEADS_CHUNK) {
      const ids = documentIds.slice(i, i + HEADS_CHUNK);
      const rows = await this.#sql.all<{ id: string; head: number }>(
        `SELECT d.id, COALESCE(
           (SELECT MAX(u.seq) FROM document_updates u WHERE u.document_id = d.id),
           (SELECT s.upto_seq FROM document_snapshots s WHERE s.document_id = d.id),
           0) AS head
         FROM documents d WHERE d.id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
      for (const row of rows) heads.set(row.id, row.head);
    }
    return heads;
  }

  compact(documentId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    return this.#sql.transaction((tx) => this.#replace(tx, documentId, snapshot, uptoSeq));
  }

  /**
   * Folds the stored log up to `uptoSeq` into the snapshot, from the database rather than an
   * instance's doc: with several instances writing, a doc in memory may still lack another
   * instance's update below `uptoSeq`, and a snapshot of it would lose that update. One
   * instance folds a document at a time; when another is folding it, this resolves at once
   * (that fold covers what this one would have). Runs on the calling thread: the log between
   * two compactions is short, and the snapshot is applied once.
   */
  async fold(documentId: string, uptoSeq: number): Promise<number> {
    const folded = await this.#sql.tryWithLock(`compact:${documentId}`, async () => {
      const stored = await this.load(documentId, uptoSeq);
      if (stored.updates.length === 0) return stored.snapshot?.length ?? 0;
      const doc = new Y.Doc({ gc: true });
      try {
        Y.transact(doc, () => {
          if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
          for (const update of stored.updates) Y.applyUpdate(doc, update);
        });
        const snapshot = Y.encodeStateAsUpdate(doc);
        await this.compact(documentId, snapshot, stored.lastSeq);
        return snapshot.length;
      } finally {
        doc.destroy();
      }
    });
    if (folded !== undefined) return folded;
    const size = await this.#sql.get<{ bytes: number }>(
      'SELECT octet_length(data) AS bytes FROM document_snapshots WHERE document_id = ?',
      [documentId],
    );
    return size?.bytes ?? 0;
  }

  async countUpdates(documentId: string): Promise<number> {
    const row = await this.#sql.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?
         AND seq > COALESCE((SELECT upto_seq FROM document_snapshots WHERE document_id = ?), 0)`,
      [documentId, documentId],
    );
    return row?.n ?? 0;
  }

  /**
   * The snapshot (when it covers something after `afterSeq`) and the updates after it, up to
   * `uptoSeq`, in ONE statement: a statement reads one point in time, so a compaction
   * committing meanwhile cannot make the snapshot and the log disagree.
   */
  async #read(sql: Queryable, documentId: string, afterSeq: number, uptoSeq: number): Promise<StoredDocument> {
    const rows = await sql.all<StoredRow>(
      `SELECT 0 AS kind, upto_seq AS seq, data FROM document_snapshots WHERE document_id = ? AND upto_seq > ?
       UNION ALL
       SELECT 1 AS kind, seq, data FROM document_updates
        WHERE document_id = ? AND seq <= ?
          AND seq > GREATEST(CAST(? AS BIGINT), COALESCE((SELECT upto_seq FROM document_snapshots WHERE document_id = ?), 0))
       ORDER BY kind, seq`,
      [documentId, afterSeq, documentId, uptoSeq, afterSeq, documentId],
    );
    const snapshot = rows[0]?.kind === 0 ? rows[0].data : undefined;
    const updates = rows.filter((r) => r.kind === 1).map((r) => r.data);
    const lastSeq = rows.length ? rows[rows.length - 1]!.seq : afterSeq;
    return { snapshot, updates, lastSeq };
  }

  /** Writes `snapshot` for everything up to `uptoSeq` (unless a newer one is there) and drops the updates it covers. */
  async #replace(tx: Queryable, documentId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    await tx.run(
      `INSERT INTO document_snapshots (document_id, data, upto_seq, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (document_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, created_at = excluded.created_at
       WHERE excluded.upto_seq > document_snapshots.upto_seq`,
      [documentId, snapshot, uptoSeq, new Date().toISOString()],
    );
    await tx.run('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?', [documentId, uptoSeq]);
  }
}
