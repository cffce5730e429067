/**
 * Folds a document's stored log into a new snapshot with bounded memory: the snapshot and then
 * the log are applied to one Y.Doc a chunk at a time, each chunk in its own transaction, so
 * neither every row nor one transaction's bookkeeping for the whole log is ever held at once
 * (a single transaction over 240,000 updates took ~200 MB beyond the doc itself). What stays
 * is the doc, one chunk of rows and, at the end, the encoded snapshot.
 */
import * as Y from 'yjs';
import type { SqliteDocumentStore } from './document-store.js';

/** Log bytes applied per transaction: large enough to amortise Yjs's per-transaction cleanup, small enough to stay a few MB. */
export const FOLD_CHUNK_BYTES = 256 * 1024;

/** What a fold did and what it cost, measured inside the thread that ran it. */
export interface FoldStats {
  /** Size of the snapshot written (or of the existing one when there was nothing to fold). */
  bytes: number;
  /** Log updates folded into it. */
  updates: number;
  /** The snapshot's sequence number afterwards. */
  uptoSeq: number;
  /** Wall time of the fold. */
  ms: number;
  /** The running thread's V8 heap in use before the fold, and the most seen at any chunk boundary or after encoding. */
  heapBeforeBytes: number;
  heapPeakBytes: number;
  /** The process's resident set size, sampled the same way (every thread of the process counts). */
  rssBeforeBytes: number;
  rssPeakBytes: number;
}

/** Folds the log of `documentId` up to `uptoSeq` onto its snapshot and stores the result atomically. */
export async function foldStoredLog(
  store: SqliteDocumentStore,
  documentId: string,
  uptoSeq: number,
  chunkBytes = FOLD_CHUNK_BYTES,
): Promise<FoldStats> {
  const started = performance.now();
  const before = process.memoryUsage();
  let heapPeak = before.heapUsed;
  let rssPeak = before.rss;
  const sample = (): void => {
    const now = process.memoryUsage();
    if (now.heapUsed > heapPeak) heapPeak = now.heapUsed;
    if (now.rss > rssPeak) rssPeak = now.rss;
  };
  const doc = new Y.Doc();
  try {
    // The snapshot is applied only once the log turns out to have something to fold onto it.
    let snapshot: Uint8Array | undefined;
    const scanned = await store.scan(documentId, uptoSeq, chunkBytes, (updates, isSnapshot) => {
      if (isSnapshot) {
        snapshot = updates[0];
        return;
      }
      Y.transact(doc, () => {
        if (snapshot) Y.applyUpdate(doc, snapshot);
        snapshot = undefined;
        for (const update of updates) Y.applyUpdate(doc, update);
      });
      sample();
    });
    let bytes = scanned.snapshotBytes;
    if (scanned.updates > 0) {
      const state = Y.encodeStateAsUpdate(doc);
      sample();
      // The doc is no longer needed while the snapshot is written.
      doc.destroy();
      await store.compact(documentId, state, scanned.lastSeq);
      bytes = state.length;
    }
    return {
      bytes,
      updates: scanned.updates,
      uptoSeq: scanned.lastSeq,
      ms: performance.now() - started,
      heapBeforeBytes: before.heapUsed,
      heapPeakBytes: heapPeak,
      rssBeforeBytes: before.rss,
      rssPeakBytes: rssPeak,
    };
  } finally {
    doc.destroy();
  }
}
