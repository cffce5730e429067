/**
 * One Accord process for a whole test file, and stock clients that are destroyed after each
 * test, so a file's tests share the start-up cost but never each other's connections.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { removeDir, startAccord, type AccordProcess, type StartOptions } from './accord-process.js';
import { stockClient, type StockClient } from './clients.js';

export interface SharedAccord {
  /** The running process (inside tests and hooks only). */
  readonly accord: AccordProcess;
  /** A stock client on `documentId`, destroyed after the current test. */
  connect(documentId: string): StockClient;
}

export function sharedAccord(options?: StartOptions): SharedAccord {
  let running: AccordProcess | undefined;
  const clients: StockClient[] = [];
  beforeAll(async () => {
    running = await startAccord(options);
  });
  afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
  afterAll(async () => {
    if (!running) return;
    await running.stop();
    removeDir(running.dataDir);
  });
  const shared: SharedAccord = {
    get accord() {
      if (!running) throw new Error('Accord is not running yet: use it inside tests and hooks');
      return running;
    },
    connect(documentId) {
      const client = stockClient(shared.accord.wsUrl, documentId);
      clients.push(client);
      return client;
    },
  };
  return shared;
}
