/**
 * The update log and snapshots in SQLite. Every method is one transaction, so what a
 * caller sees resolved is committed (and, with `synchronous = FULL`, fsynced).
 *
 * The hot path (append, load) uses prepared statements on the raw connection, always through
 * {@link SqliteSql.whenIdle}: a statement run while another store's async transaction is open
 * on the same connection would join that transaction (and vanish with its rollback).
 */
import type Database from 'better-sqlite3';
import type { SqliteSql } from '../sql/sqlite.js';
import type { Appended, DocumentStore, StoredDocument } from '../types.js';
import type { Compactor } from './compactor.js';

/** Receives stored state in order: the snapshot alone first (if any, with `snapshot` true), then chunks of the log. */
export type ChunkVisitor = (updates: readonly Uint8Array[], snapshot: boolean) => void;

/** What {@link SqliteDocumentStore.scan} went through. */
export interface ScanResult {
  /** Sequence number of the last update visited (or the snapshot's); 0 for none. */
  lastSeq: number;
  /** Log updates visited (the snapshot not counted). */
  updates: number;
  /** Size of the snapshot, 0 without one. */
  snapshotBytes: number;
}

/** better-sqlite3 binds Buffers; this views a Uint8Array as one without copying. */
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

type Snapshot = { data: Buffer; uptoSeq: number } | undefined;

export class SqliteDocumentStore implements DocumentStore {
  /** Present when a background compactor was given: then {@link DocumentStore.fold} is available. */
  readonly fold?: (documentId: string, uptoSeq: number) => Promise<number>;
  readonly #sql: SqliteSql;
  readonly #load: (documentId: string, afterSeq: number, uptoSeq: number) => StoredDocument;
  readonly #append: (documentId: string, updates: readonly Uint8Array[]) => Appended;
  readonly #head: (documentId: string) => number;
  readonly #compact: (documentId: string, snapshot: Uint8Array, uptoSeq: number) => void;
  readonly #count: (documentId: string) => number;
  readonly #scan: (documentId: string, uptoSeq: number, maxChunkBytes: number, visit: ChunkVisitor) => ScanResult;

  constructor(sql: SqliteSql, options: { compactor?: Compactor } = {}) {
    this.#sql = sql;
    const db: Database.Database = sql.native;
    const { compactor } = options;
    if (compactor) this.fold = (documentId, uptoSeq) => compactor.fold(documentId, uptoSeq);
    const snapshot = db.prepare('SELECT data, upto_seq AS uptoSeq FROM document_snapshots WHERE document_id = ?');
    const updatesAfter = db.prepare(
      'SELECT seq, data FROM document_updates WHERE document_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
    );
    // The last update's seq (an index lookup on (document_id, seq)), else the snapshot's, else 0.
    const head = db.prepare(`
      SELECT COALESCE(
        (SELECT MAX(seq) FROM document_updates WHERE document_id = ?),
        (SELECT upto_seq FROM document_snapshots WHERE document_id = ?),
        0) AS head`);
    const insert = db.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)');
    const touch = db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?');
    const upsertSnapshot = db.prepare(`
      INSERT INTO document_snapshots (document_id, data, upto_seq, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (document_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, created_at = excluded.created_at
      WHERE excluded.upto_seq > document_snapshots.upto_seq`);
    const deleteUpTo = db.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?');
    const count = db.prepare('SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ? AND seq > ?');

    this.#head = (id) => (head.get(id, id) as { head: number }).head;
    // Rows are read one at a time and handed on in bounded chunks, so a long log is never in
    // memory at once; one read transaction keeps the snapshot and the log from one point in time.
    this.#scan = db.transaction((id: string, uptoSeq: number, maxChunkBytes: number, visit: ChunkVisitor) => {
      const snap = snapshot.get(id) as Snapshot;
      const result: ScanResult = { lastSeq: snap?.uptoSeq ?? 0, updates: 0, snapshotBytes: snap?.data.length ?? 0 };
      if (snap) visit([snap.data], true);
      let chunk: Buffer[] = [];
      let chunkBytes = 0;
      for (const row of updatesAfter.iterate(id, snap?.uptoSeq ?? 0, uptoSeq) as Iterable<{
        seq: number;
        data: Buffer;
      }>) {
        chunk.push(row.data);
        chunkBytes += row.data.length;
        result.lastSeq = row.seq;
        result.updates++;
        if (chunkBytes >= maxChunkBytes) {
          visit(chunk, false);
          chunk = [];
          chunkBytes = 0;
        }
      }
      if (chunk.length) visit(chunk, false);
      return result;
    });
    // A read transaction, so the snapshot and the updates after it come from one point in time.
    // The snapshot is part of the answer only when it covers something after `afterSeq`.
    this.#load = db.transaction((id: string, afterSeq: number, uptoSeq: number): StoredDocument => {
      const stored = snapshot.get(id) as Snapshot;
      const snap = stored && stored.uptoSeq > afterSeq ? stored : undefined;
      const from = snap ? snap.uptoSeq : afterSeq;
      const rows = updatesAfter.all(id, from, uptoSeq) as { seq: number; data: Buffer }[];
      const lastSeq = rows.length ? rows[rows.length - 1]!.seq : Math.max(from, stored?.uptoSeq ?? 0);
      return { snapshot: snap?.data, updates: rows.map((r) => r.data), lastSeq };
    });
    // IMMEDIATE: the append reads (the head) before it writes; a deferred transaction would hold
    // a read snapshot that a commit of the compaction worker in between makes stale, and SQLite
    // then fails the write at once ("database is locked", no busy wait). Taking the write lock
    // first makes the worker's commit wait for it, or this wait for the worker's.
    this.#append = db.transaction((documentId: string, updates: readonly Uint8Array[]): Appended => {
      const previousSeq = this.#head(documentId);
      let lastSeq = previousSeq;
      for (const update of updates) lastSeq = Number(insert.run(documentId, asBuffer(update)).lastInsertRowid);
      touch.run(new Date().toISOString(), documentId);
      return { lastSeq, previousSeq };
    }).immediate;
    this.#compact = db.transaction((documentId: string, data: Uint8Array, uptoSeq: number) => {
      upsertSnapshot.run(documentId, asBuffer(data), uptoSeq, new Date().toISOString());
      deleteUpTo.run(documentId, uptoSeq);
    }).immediate;
    this.#count = (documentId) => {
      const snap = snapshot.get(documentId) as { uptoSeq: number } | undefined;
      return (count.get(documentId, snap?.uptoSeq ?? 0) as { n: number }).n;
    };
  }

  /** The stored state; with `uptoSeq`, only the updates up to it (what a compaction folds). */
  load(documentId: string, uptoSeq = Number.MAX_SAFE_INTEGER): Promise<StoredDocument> {
    return this.#sql.whenIdle(() => this.#load(documentId, 0, uptoSeq));
  }

  loadSince(documentId: string, afterSeq: number): Promise<StoredDocument> {
    return this.#sql.whenIdle(() => this.#load(documentId, afterSeq, Number.MAX_SAFE_INTEGER));
  }

  /**
   * Goes through the stored state up to `uptoSeq` without holding it all: `visit` gets the
   * snapshot, then the log in chunks of about `maxChunkBytes`, synchronously inside one read
   * transaction. For the compaction worker (which owns its thread); the server's thread uses
   * {@link load}.
   */
  scan(documentId: string, uptoSeq: number, maxChunkBytes: number, visit: ChunkVisitor): Promise<ScanResult> {
    return this.#sql.whenIdle(() => this.#scan(documentId, uptoSeq, maxChunkBytes, visit));
  }

  append(documentId: string, updates: readonly Uint8Array[]): Promise<Appended> {
    return this.#sql.whenIdle(() => this.#append(documentId, updates));
  }

  heads(documentIds: readonly string[]): Promise<Map<string, number>> {
    return this.#sql.whenIdle(() => new Map(documentIds.map((id) => [id, this.#head(id)])));
  }

  compact(documentId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    return this.#sql.whenIdle(() => this.#compact(documentId, snapshot, uptoSeq));
  }

  countUpdates(documentId: string): Promise<number> {
    return this.#sql.whenIdle(() => this.#count(documentId));
  }
}
