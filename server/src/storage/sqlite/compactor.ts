/**
 * The main thread's side of background compaction: one worker thread, started on first use,
 * that runs fold jobs one at a time. The worker loads TypeScript through tsx like the server.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FoldJob, FoldResult } from './compaction-worker.js';

/** A worker with nothing to do is stopped after this long, returning its heap (a large document's state) to the OS. */
const IDLE_STOP_MS = 30_000;

export class Compactor {
  readonly #dbFile: string;
  #idleTimer: NodeJS.Timeout | undefined;
  readonly #inFlight = new Set<Promise<number>>();
  readonly #synchronous: 'full' | 'normal';
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (bytes: number) => void; reject: (error: Error) => void }>();

  readonly #idleStopMs: number;

  constructor(dbFile: string, synchronous: 'full' | 'normal', options: { idleStopMs?: number } = {}) {
    this.#dbFile = dbFile;
    this.#synchronous = synchronous;
    this.#idleStopMs = options.idleStopMs ?? IDLE_STOP_MS;
  }

  /** Whether a worker thread is running now. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  /** Starts the worker now, so the first compaction does not wait for it to load. */
  warm(): void {
    this.#start();
  }

  /** Folds the log of `documentId` up to `uptoSeq` into its snapshot; resolves to the snapshot's size. */
  fold(documentId: string, uptoSeq: number): Promise<number> {
    const worker = this.#start();
    clearTimeout(this.#idleTimer);
    const id = this.#nextId++;
    const job: FoldJob = { id, dbFile: this.#dbFile, synchronous: this.#synchronous, documentId, uptoSeq };
    const done = new Promise<number>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage(job);
    });
    this.#inFlight.add(done);
    const forget = () => this.#inFlight.delete(done);
    done.then(forget, forget);
    return done;
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    // The worker is TypeScript: load it through tsx's API, which works whether this process
    // itself runs under tsx, vitest or anything else (Node 20 does not pass loader hooks on).
    const tsxApi = pathToFileURL(
      join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
    ).href;
    const entry = new URL('./compaction-worker.ts', import.meta.url).href;
    const worker = new Worker(
      `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`,
      {
        eval: true,
      },
    );
    worker.unref();
    worker.on('message', (result: FoldResult) => {
      const waiter = this.#pending.get(result.id);
      this.#pending.delete(result.id);
      if (this.#pending.size === 0) this.#stopWhenIdle(worker);
      if (!waiter) return;
      if (result.ok) waiter.resolve(result.bytes);
      else waiter.reject(new Error(result.error));
    });
    const failAll = (error: Error) => {
      // An old worker stopped for idleness must not fail the jobs of its successor.
      if (this.#worker !== worker) return;
      for (const waiter of this.#pending.values()) waiter.reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`compaction worker exited with code ${code}`)));
    this.#worker = worker;
    return worker;
  }

  #stopWhenIdle(worker: Worker): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#worker !== worker || this.#pending.size > 0) return;
      this.#worker = undefined;
      void worker.terminate();
    }, this.#idleStopMs);
    this.#idleTimer.unref();
  }

  /** Waits for running jobs and stops the worker. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    await Promise.allSettled([...this.#inFlight]);
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }
}
