/**
 * The main thread's side of background compaction: one worker thread, started on the first
 * fold (never at boot) and stopped after a while without work, that runs fold jobs one at a
 * time. From the built server (server/dist/) the worker is the compiled compaction-worker.js
 * beside it; from source it is TypeScript loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FoldJob, FoldResult } from './compaction-worker.js';
import type { FoldStats } from './fold.js';

/** A worker with nothing to do is stopped after this long, returning its heap (a large document's state) to the OS. */
const IDLE_STOP_MS = 30_000;

/**
 * A fold allocates short-lived objects at a high rate (decoders, deltas, per-chunk transaction
 * bookkeeping). V8's default young generation (up to 3 × 16 MB semi-spaces) then stays
 * resident beside the doc; a small one costs more scavenges in a background thread but keeps
 * the worker's memory near the doc's own size.
 */
const WORKER_OPTIONS = {
  resourceLimits: { maxYoungGenerationSizeMb: 4 },
} as const;

export class Compactor {
  readonly #dbFile: string;
  #idleTimer: NodeJS.Timeout | undefined;
  readonly #inFlight = new Set<Promise<FoldStats>>();
  readonly #synchronous: 'full' | 'normal';
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (stats: FoldStats) => void; reject: (error: Error) => void }>();
  readonly #idleStopMs: number;
  readonly #workerFile: URL | undefined;

  /**
   * `workerFile`: a compiled compaction-worker.js to run (default: the one beside this module
   * when this module is itself compiled JavaScript, else the TypeScript source through tsx).
   */
  constructor(dbFile: string, synchronous: 'full' | 'normal', options: { idleStopMs?: number; workerFile?: URL } = {}) {
    this.#dbFile = dbFile;
    this.#synchronous = synchronous;
    this.#idleStopMs = options.idleStopMs ?? IDLE_STOP_MS;
    this.#workerFile = options.workerFile ?? compiledWorkerBeside(import.meta.url);
  }

  /** Whether a worker thread is running now. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  /** Folds the log of `documentId` up to `uptoSeq` into its snapshot; resolves to the snapshot's size. */
  async fold(documentId: string, uptoSeq: number): Promise<number> {
    return (await this.foldMeasured(documentId, uptoSeq)).bytes;
  }

  /** {@link fold}, resolving to what the fold did and the memory it took, as measured in the worker. */
  foldMeasured(documentId: string, uptoSeq: number): Promise<FoldStats> {
    const worker = this.#start();
    clearTimeout(this.#idleTimer);
    const id = this.#nextId++;
    const job: FoldJob = { id, dbFile: this.#dbFile, synchronous: this.#synchronous, documentId, uptoSeq };
    const done = new Promise<FoldStats>((resolve, reject) => {
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
    const worker = this.#workerFile ? new Worker(this.#workerFile, WORKER_OPTIONS) : typeScriptWorker();
    worker.unref();
    worker.on('message', (result: FoldResult) => {
      const waiter = this.#pending.get(result.id);
      this.#pending.delete(result.id);
      if (this.#pending.size === 0) this.#stopWhenIdle(worker);
      if (!waiter) return;
      if (result.ok) waiter.resolve(result.stats);
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

/**
 * The compiled worker of a compiled build, if this module is one: server/dist/compaction-worker.js,
 * beside the entry points and the chunks the bundler puts this code in.
 */
function compiledWorkerBeside(moduleUrl: string): URL | undefined {
  if (!moduleUrl.endsWith('.js')) return undefined;
  const file = new URL('./compaction-worker.js', moduleUrl);
  return existsSync(fileURLToPath(file)) ? file : undefined;
}

/**
 * The worker from its TypeScript source, loaded through tsx's API, which works whether this
 * process itself runs under tsx, vitest or anything else (Node 20 does not pass loader hooks on).
 * Costs the worker tsx's start-up and memory: development and tests only.
 */
function typeScriptWorker(): Worker {
  const tsxApi = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./compaction-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`,
    { ...WORKER_OPTIONS, eval: true },
  );
}
