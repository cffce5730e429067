/**
 * A data directory holding one large document for `pnpm bench cold-open`: the automerge-paper
 * trace as Accord stores it, written through the server's own document store and folded by
 * its own compaction worker (the built one, server/dist/compaction-worker.js, as `npm start`
 * runs it), measuring each fold's memory on the way:
 *
 * 1. Accord starts once on a fresh directory (seeding the demo) and creates the document,
 *    then stops, so the document has its record, audience and workspace as any other.
 * 2. All but the last `tail` updates are appended to its log (1,000 per transaction) and folded
 *    onto no snapshot: the worst case, a whole log left by a crash.
 * 3. The last `tail` updates are appended and folded onto the large snapshot: the usual case.
 *
 * Pushing 260,000 updates through a socket would take minutes and measure the relay, which
 * the fan-out scenario does; what is stored is the same bytes either way.
 */
import { rss } from './proc.js';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Compactor } from '../../server/src/storage/sqlite/compactor.js';
import { databaseFile, openDatabase } from '../../server/src/storage/sqlite/database.js';
import { SqliteDocumentStore } from '../../server/src/storage/sqlite/document-store.js';
import { SqliteSql } from '../../server/src/storage/sql/sqlite.js';
import type { FoldStats } from '../../server/src/storage/sqlite/fold.js';
import { ensureServerBuilt } from '../helpers/server-build.js';

const root = resolve(import.meta.dirname, '../..');
const MB = 1024 * 1024;

/** One fold as the benchmark saw it: the worker's own figures and this process's RSS around it. */
export interface FoldFigures {
  label: string;
  updates: number;
  seconds: number;
  snapshotBytes: number;
  /** The worker thread's V8 heap: in use before the fold, and the most seen during it. */
  workerHeapBeforeMb: number;
  workerHeapPeakMb: number;
  /** Resident memory of the whole process (main thread idle, waiting), sampled every 5 ms. */
  rssBeforeMb: number;
  rssPeakMb: number;
  /** rssPeak − rssBefore: what the fold cost beyond what the process already held. */
  extraRssMb: number;
}

export interface PreparedDocument {
  folds: FoldFigures[];
  /** Resident memory the worker thread itself adds once started (before any work). */
  workerStartRssMb: number;
  /** The snapshot the folds left: the whole document as one update. */
  snapshot: Uint8Array;
  logBytes: number;
}

const rssNow = (): number => rss('self');

async function measuredFold(compactor: Compactor, label: string, documentId: string, uptoSeq: number) {
  // Garbage of the appends must not count against the fold.
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 200));
  const before = rssNow();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssNow())), 5);
  let stats: FoldStats;
  try {
    stats = await compactor.foldMeasured(documentId, uptoSeq);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, rssNow());
  const figures: FoldFigures = {
    label,
    updates: stats.updates,
    seconds: stats.ms / 1000,
    snapshotBytes: stats.bytes,
    workerHeapBeforeMb: stats.heapBeforeBytes / MB,
    workerHeapPeakMb: stats.heapPeakBytes / MB,
    rssBeforeMb: before / MB,
    rssPeakMb: peak / MB,
    extraRssMb: (peak - before) / MB,
  };
  return figures;
}

/**
 * Writes `updates` into the log of `documentId` in `dataDir` (whose server is stopped) and
 * folds them in two steps as described above; `tail` updates go into the second fold.
 */
export async function storeLargeDocument(
  dataDir: string,
  documentId: string,
  updates: readonly Uint8Array[],
  tail: number,
): Promise<PreparedDocument> {
  await ensureServerBuilt();
  const workerFile = pathToFileURL(join(root, 'server', 'dist', 'compaction-worker.js'));
  const db = openDatabase(dataDir, { synchronous: 'normal' });
  const compactor = new Compactor(databaseFile(dataDir), 'normal', { workerFile });
  const store = new SqliteDocumentStore(new SqliteSql(db), { compactor });
  try {
    const append = async (from: number, to: number): Promise<number> => {
      let last = 0;
      for (let i = from; i < to; i += 1000)
        last = (await store.append(documentId, updates.slice(i, Math.min(i + 1000, to)))).lastSeq;
      return last;
    };
    const split = updates.length - tail;
    const beforeWorker = rssNow();
    // A fold with nothing to do starts the worker, so its start is not counted as a fold's cost.
    await compactor.fold(documentId, 0);
    await new Promise((r) => setTimeout(r, 200));
    const workerStartRssMb = (rssNow() - beforeWorker) / MB;
    const folds: FoldFigures[] = [];
    const head = await append(0, split);
    folds.push(
      await measuredFold(compactor, `${split.toLocaleString('en')} updates onto no snapshot`, documentId, head),
    );
    const last = await append(split, updates.length);
    folds.push(
      await measuredFold(compactor, `${tail.toLocaleString('en')} updates onto the large snapshot`, documentId, last),
    );
    const stored = await store.load(documentId);
    if (stored.updates.length || !stored.snapshot) {
      throw new Error(`the folds left ${stored.updates.length} updates in the log and no snapshot`);
    }
    return {
      folds,
      workerStartRssMb,
      snapshot: stored.snapshot,
      logBytes: updates.reduce((n, u) => n + u.length, 0),
    };
  } finally {
    await compactor.close();
    db.close();
  }
}
