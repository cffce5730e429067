/**
 * The main thread's side of background compaction: one worker thread, started on first use,
 * that runs fold jobs one at a time. The worker loads TypeScript through tsx like the server.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FoldJob, FoldResult } from './compaction-worker.js';

export class Compactor {
  readonly #dbFile: string;
  readonly #synchronous: 'full' | 'normal';
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (bytes: number) => void; reject: (error: Error) => void }>();

  constructor(dbFile: string, synchronous: 'full' | 'normal') {
    this.#dbFile = dbFile;
    this.#synchronous = synchronous;
  }

  /** Starts the worker now, so the first compaction does not wait for it to load. */
  warm(): void {
    this.#start();
  }

  /** Folds the log of `documentId` up to `uptoSeq` into its snapshot; resolves to the snapshot's size. */
  fold(documentId: string, uptoSeq: number): Promise<number> {
    const worker = this.#start();
    const id = this.#nextId++;
    const job: FoldJob = { id, dbFile: this.#dbFile, synchronous: this.#synchronous, documentId, uptoSeq };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage(job);
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    // The worker is TypeScript: load it through tsx's API, which works whether this process
    // itself runs under tsx, vitest or anything else (Node 20 does not pass loader hooks on).
    const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const entry = new URL('./compaction-worker.ts', import.meta.url).href;
    const worker = new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, {
      eval: true,
    });
    worker.unref();
    worker.on('message', (result: FoldResult) => {
      const waiter = this.#pending.get(result.id);
      this.#pending.delete(result.id);
      if (!waiter) return;
      if (result.ok) waiter.resolve(result.bytes);
      else waiter.reject(new Error(result.error));
    });
    const failAll = (error: Error) => {
      for (const waiter of this.#pending.values()) waiter.reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`compaction worker exited with code ${code}`)));
    this.#worker = worker;
    return worker;
  }

  /** Waits for running jobs and stops the worker. */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    await Promise.allSettled([...this.#pending.keys()].map((id) => new Promise((r) => {
      const waiter = this.#pending.get(id);
      if (!waiter) return r(undefined);
      const { resolve, reject } = waiter;
      this.#pending.set(id, { resolve: (b) => (resolve(b), r(undefined)), reject: (e) => (reject(e), r(undefined)) });
    })));
    this.#worker = undefined;
    await worker.terminate();
  }
}
