/**
 * Runs in a worker thread: folds a document's stored log up to a sequence number into a new
 * snapshot, with its own database connection, so rebuilding a large document never stalls
 * the thread that relays updates. One transaction writes the snapshot and deletes what it
 * covers; a crash leaves the old log or the new snapshot, never neither.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { SqliteDocumentStore } from './document-store.js';

export interface FoldJob {
  id: number;
  dbFile: string;
  synchronous: 'full' | 'normal';
  documentId: string;
  uptoSeq: number;
}

export type FoldResult = { id: number; ok: true; bytes: number } | { id: number; ok: false; error: string };

let db: Database.Database | undefined;
let store: SqliteDocumentStore | undefined;

/** The worker's own connection (the main thread already migrated the schema) and store over it. */
function open(job: FoldJob): SqliteDocumentStore {
  if (!store) {
    db = new Database(job.dbFile);
    db.pragma('busy_timeout = 5000');
    db.pragma(`synchronous = ${job.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    store = new SqliteDocumentStore(db);
  }
  return store;
}

/** Folds through the same store code the server uses, so the snapshot rules live in one place. */
async function fold(job: FoldJob): Promise<number> {
  const store = open(job);
  const stored = await store.load(job.documentId, job.uptoSeq);
  if (stored.updates.length === 0) return stored.snapshot?.length ?? 0;
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await store.compact(job.documentId, state, stored.lastSeq);
  return state.length;
}

parentPort?.on('message', (job: FoldJob) => {
  fold(job).then(
    (bytes) => parentPort!.postMessage({ id: job.id, ok: true, bytes } satisfies FoldResult),
    (error: unknown) =>
      parentPort!.postMessage({
        id: job.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies FoldResult),
  );
});

parentPort?.on('close', () => db?.close());
