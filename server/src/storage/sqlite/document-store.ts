/**
 * The update log and snapshots in SQLite. Every method is one transaction, so what a
 * caller sees resolved is committed (and, with `synchronous = FULL`, fsynced).
 */
import type { DocumentStore, StoredDocument } from '../types.js';
import type { Compactor } from './compactor.js';
import type { Db } from './database.js';

/** better-sqlite3 binds Buffers; this views a Uint8Array as one without copying. */
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export class SqliteDocumentStore implements DocumentStore {
  /** Present when a background compactor was given: then {@link DocumentStore.fold} is available. */
  readonly fold?: (documentId: string, uptoSeq: number) => Promise<number>;
  readonly #load: (documentId: string, uptoSeq: number) => StoredDocument;
  readonly #append: (documentId: string, updates: readonly Uint8Array[]) => number;
  readonly #compact: (documentId: string, snapshot: Uint8Array, uptoSeq: number) => void;
  readonly #count: (documentId: string) => number;

  constructor(db: Db, options: { compactor?: Compactor } = {}) {
    const { compactor } = options;
    if (compactor) this.fold = (documentId, uptoSeq) => compactor.fold(documentId, uptoSeq);
    const snapshot = db.prepare('SELECT data, upto_seq AS uptoSeq FROM document_snapshots WHERE document_id = ?');
    const updatesAfter = db.prepare(
      'SELECT seq, data FROM document_updates WHERE document_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
    );
    const insert = db.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)');
    const touch = db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?');
    const upsertSnapshot = db.prepare(`
      INSERT INTO document_snapshots (document_id, data, upto_seq, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (document_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, created_at = excluded.created_at
      WHERE excluded.upto_seq > document_snapshots.upto_seq`);
    const deleteUpTo = db.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?');
    const count = db.prepare('SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ? AND seq > ?');

    // A read transaction, so the snapshot and the updates after it come from one point in time.
    this.#load = db.transaction((id: string, uptoSeq: number): StoredDocument => {
      const snap = snapshot.get(id) as { data: Buffer; uptoSeq: number } | undefined;
      const rows = updatesAfter.all(id, snap?.uptoSeq ?? 0, uptoSeq) as { seq: number; data: Buffer }[];
      const lastSeq = rows.length ? rows[rows.length - 1]!.seq : (snap?.uptoSeq ?? 0);
      return { snapshot: snap?.data, updates: rows.map((r) => r.data), lastSeq };
    });
    this.#append = db.transaction((documentId: string, updates: readonly Uint8Array[]): number => {
      let last = 0;
      for (const update of updates) last = Number(insert.run(documentId, asBuffer(update)).lastInsertRowid);
      touch.run(new Date().toISOString(), documentId);
      return last;
    });
    this.#compact = db.transaction((documentId: string, data: Uint8Array, uptoSeq: number) => {
      upsertSnapshot.run(documentId, asBuffer(data), uptoSeq, new Date().toISOString());
      deleteUpTo.run(documentId, uptoSeq);
    });
    this.#count = (documentId) => {
      const snap = snapshot.get(documentId) as { uptoSeq: number } | undefined;
      return (count.get(documentId, snap?.uptoSeq ?? 0) as { n: number }).n;
    };
  }

  /** The stored state; with `uptoSeq`, only the updates up to it (what a compaction folds). */
  async load(documentId: string, uptoSeq = Number.MAX_SAFE_INTEGER): Promise<StoredDocument> {
    return this.#load(documentId, uptoSeq);
  }

  async append(documentId: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.#append(documentId, updates);
  }

  async compact(documentId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.#compact(documentId, snapshot, uptoSeq);
  }

  async countUpdates(documentId: string): Promise<number> {
    return this.#count(documentId);
  }
}
