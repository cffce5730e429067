/**
 * Runs in a worker thread: folds a document's stored log up to a sequence number into a new
 * snapshot, with its own database connection, so rebuilding a large document never stalls
 * the thread that relays updates. One transaction writes the snapshot and deletes what it
 * covers; a crash leaves the old log or the new snapshot, never neither.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

export interface FoldJob {
  id: number;
  dbFile: string;
  synchronous: 'full' | 'normal';
  documentId: string;
  uptoSeq: number;
}

export type FoldResult = { id: number; ok: true; bytes: number } | { id: number; ok: false; error: string };

let db: Database.Database | undefined;

function open(job: FoldJob): Database.Database {
  if (!db) {
    db = new Database(job.dbFile);
    db.pragma('busy_timeout = 5000');
    db.pragma(`synchronous = ${job.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  }
  return db;
}

function fold(job: FoldJob): number {
  const conn = open(job);
  const read = conn.transaction(() => {
    const snap = conn.prepare('SELECT data, upto_seq AS uptoSeq FROM document_snapshots WHERE document_id = ?').get(job.documentId) as
      | { data: Buffer; uptoSeq: number }
      | undefined;
    const rows = conn
      .prepare('SELECT data FROM document_updates WHERE document_id = ? AND seq > ? AND seq <= ? ORDER BY seq')
      .all(job.documentId, snap?.uptoSeq ?? 0, job.uptoSeq) as { data: Buffer }[];
    return { snap, rows };
  });
  const { snap, rows } = read();
  if ((snap?.uptoSeq ?? 0) >= job.uptoSeq) return snap?.data.length ?? 0;
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (snap) Y.applyUpdate(doc, snap.data);
    for (const row of rows) Y.applyUpdate(doc, row.data);
  });
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  doc.destroy();
  conn.transaction(() => {
    conn
      .prepare(
        `INSERT INTO document_snapshots (document_id, data, upto_seq, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (document_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, created_at = excluded.created_at
         WHERE excluded.upto_seq > document_snapshots.upto_seq`,
      )
      .run(job.documentId, state, job.uptoSeq, new Date().toISOString());
    conn.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?').run(job.documentId, job.uptoSeq);
  })();
  return state.length;
}

parentPort?.on('message', (job: FoldJob) => {
  let result: FoldResult;
  try {
    result = { id: job.id, ok: true, bytes: fold(job) };
  } catch (error) {
    result = { id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});

parentPort?.on('close', () => db?.close());
