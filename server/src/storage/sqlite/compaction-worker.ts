/**
 * Runs in a worker thread: folds a document's stored log up to a sequence number into a new
 * snapshot, with its own database connection, so rebuilding a large document never stalls
 * the thread that relays updates. One transaction writes the snapshot and deletes what it
 * covers; a crash leaves the old log or the new snapshot, never neither. The fold itself
 * (`fold.ts`) reads and applies the log in bounded chunks.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteSql } from '../sql/sqlite.js';
import { SqliteDocumentStore } from './document-store.js';
import { foldStoredLog, type FoldStats } from './fold.js';

export interface FoldJob {
  id: number;
  dbFile: string;
  synchronous: 'full' | 'normal';
  documentId: string;
  uptoSeq: number;
}

export type FoldResult = { id: number; ok: true; stats: FoldStats } | { id: number; ok: false; error: string };

let db: Database.Database | undefined;
let store: SqliteDocumentStore | undefined;

/** The worker's own connection (the main thread already migrated the schema) and store over it. */
function open(job: FoldJob): SqliteDocumentStore {
  if (!store) {
    db = new Database(job.dbFile);
    db.pragma('busy_timeout = 5000');
    db.pragma(`synchronous = ${job.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    store = new SqliteDocumentStore(new SqliteSql(db));
  }
  return store;
}

parentPort?.on('message', (job: FoldJob) => {
  // Through the same store code the server uses, so the snapshot rules live in one place. A
  // database that cannot be opened is this job's failure, not the worker's.
  Promise.resolve()
    .then(() => foldStoredLog(open(job), job.documentId, job.uptoSeq))
    .then(
      (stats) => parentPort!.postMessage({ id: job.id, ok: true, stats } satisfies FoldResult),
      (error: unknown) =>
        parentPort!.postMessage({
          id: job.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        } satisfies FoldResult),
    );
});

parentPort?.on('close', () => db?.close());
