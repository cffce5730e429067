/**
 * One Accord process for a whole test file, and stock clients that are destroyed after each
 * test, so a file's tests share the start-up cost but never each other's connections.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { removeDir, startAccord, type AccordProcess, type StartOptions } from './accord-process.js';
import { demo, tokenFor } from './auth.js';
import { stockClient, type StockClient } from './clients.js';

export interface SharedAccord {
  /** The running process (inside tests and hooks only). */
  readonly accord: AccordProcess;
  /** A bearer token of the demo member (Mei Tanaka), who may edit every demo document. */
  readonly token: string;
  /** A stock client on `documentId` with the member's token (or `token`), destroyed after the current test. */
  connect(documentId: string, token?: string): StockClient;
}

export function sharedAccord(options?: StartOptions): SharedAccord {
  let running: AccordProcess | undefined;
  let memberToken: string | undefined;
  const clients: StockClient[] = [];
  beforeAll(async () => {
    running = await startAccord(options);
    memberToken = await tokenFor(running.url, demo.member);
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
    get token() {
      if (!memberToken) throw new Error('Accord is not running yet: use it inside tests and hooks');
      return memberToken;
    },
    connect(documentId, token) {
      const client = stockClient(shared.accord.wsUrl, documentId, { token: token ?? shared.token });
      clients.push(client);
      return client;
    },
  };
  return shared;
}
