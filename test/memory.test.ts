/**
 * Idle documents leave memory: open, edit and close 1,000 documents, and the heap of the
 * server comes back near where it started. Runs Accord in this process so the heap
 * measured is the server's (clients are destroyed before measuring).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig, startAccord, type Accord } from '@accord/server';
import { removeDir, tempDataDir } from './helpers/accord-process.js';
import { runCli } from './helpers/cli.js';
import { stockClient, synced, until } from './helpers/clients.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let accord: Accord;
let dataDir: string;
/** A bearer token of a member of workspace `mem`, created with the CLI as an operator would. */
let token: string;

/** Runs the `accord` CLI on the data directory; its stdout lines, or a failure with its stderr. */
async function cli(...args: string[]): Promise<string[]> {
  const result = await runCli(dataDir, args);
  if (result.code !== 0) throw new Error(`accord ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout.trimEnd().split('\n');
}

beforeAll(async () => {
  dataDir = tempDataDir();
  const config = loadConfig({
    PORT: '0',
    ACCORD_DATA_DIR: dataDir,
    ACCORD_UNLOAD_GRACE_MS: '0',
    ACCORD_SEED_DEMO: 'false',
    ACCORD_CLIENT_DIR: dataDir,
    // This test opens 1,050 WebSockets from one address, 25 at a time, as fast as the server
    // takes them; the default per-IP limit (10/s, burst 100) would refuse most of them.
    ACCORD_LIMIT_CONNECTS_PER_SECOND: '100000',
    ACCORD_LIMIT_CONNECTS_BURST: '100000',
  });
  accord = await startAccord(config, createLogger('warn'));
  await accord.sql.run("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('mem', 'Memory', '', '')");
  await cli(
    'user',
    'add',
    '--email',
    'memory@example.org',
    '--name',
    'Memory Test',
    '--group',
    'technical-community',
    '--workspace',
    'mem',
    '--role',
    'member',
  );
  token = (await cli('token', '--email', 'memory@example.org')).at(-1)!;
});
afterAll(async () => {
  await accord.close();
  removeDir(dataDir);
});

const paragraph =
  'The MAG agreed that a methodology similar to the one used for the IGF 2014 BPFs would be implemented this year. ';

/** Opens a document, writes ~5 KB in 100 separate places (100 Yjs items), waits for the server to have it, and closes. */
async function visit(documentId: string): Promise<void> {
  const client = stockClient(`${accord.url.replace(/^http/, 'ws')}/collab`, documentId, { token });
  try {
    await synced(client);
    const text = client.doc.getText('t');
    // Inserting at the front keeps items from merging, as real editing does.
    for (let i = 0; i < 100; i++) text.insert(0, paragraph.slice(0, 50));
    await until(
      () => accord.collab.room(documentId)?.doc.getText('t').length === text.length,
      'the server to apply the edits',
    );
  } finally {
    client.destroy();
  }
}

async function visitAll(ids: string[], concurrency: number): Promise<void> {
  for (let i = 0; i < ids.length; i += concurrency) await Promise.all(ids.slice(i, i + concurrency).map(visit));
}

async function createDocuments(count: number, prefix: string): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await accord.sql.transaction(async (tx) => {
    for (const id of ids)
      await tx.run(
        "INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at) VALUES (?, 'mem', ?, 'other', '', '')",
        [id, id],
      );
  });
  return ids;
}

async function settledHeap(): Promise<number> {
  await until(
    () => accord.collab.roomCount === 0 && accord.collab.connectionCount === 0,
    'every document to unload',
    30_000,
  );
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
}

describe('memory', () => {
  it('returns to its baseline after 1,000 documents were opened and closed', async () => {
    // Warm up first so JIT code, statement caches and pools count in the baseline.
    await visitAll(await createDocuments(50, 'warm'), 25);
    const baseline = await settledHeap();

    await visitAll(await createDocuments(1000, 'doc'), 25);
    const after = await settledHeap();
    const grewMb = (after - baseline) / 1024 / 1024;
    // Keeping these 1,000 documents alive costs ~30 MB (measured by leaking them on
    // purpose) against under 1 MB when they unload; the margin catches keeping a quarter.
    expect(grewMb, `heap grew ${grewMb.toFixed(1)} MB`).toBeLessThan(8);
    expect(accord.collab.roomCount).toBe(0);
  });
});
