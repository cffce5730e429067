/**
 * The durability promise: an edit that any other client has seen survives `kill -9`.
 *
 * Accord stores every update before it relays it, so whatever observer B received was on
 * disk at that moment. Each test kills (or stops) the real process, restarts it on the same
 * data directory and port, and asks a fresh client — a new Y.Doc that never saw anything —
 * what the server has. The old clients are disconnected before the restart wherever the
 * check is about the server: their providers would otherwise resend unacknowledged edits on
 * reconnect and hide a loss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createDocument,
  removeDir,
  startAccord,
  tempDataDir,
  type AccordProcess,
  type StartOptions,
} from './helpers/accord-process.js';
import { demo, tokenFor } from './helpers/auth.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { Database, runCli as runAccordCli } from './helpers/cli.js';

const processes: AccordProcess[] = [];
const dirs = new Set<string>();
const clients: StockClient[] = [];
const stoppers: (() => void)[] = [];

afterEach(async () => {
  stoppers.splice(0).forEach((stop) => stop());
  clients.splice(0).forEach((c) => c.destroy());
  await Promise.all(processes.splice(0).map((p) => p.kill()));
  dirs.forEach(removeDir);
  dirs.clear();
});

/** The demo member's token on each process (the same token after a restart: it is in the database). */
const tokens = new WeakMap<AccordProcess, string>();

// Writers stream about one edit per millisecond (one message each), for as long as a
// compaction takes to show up: over the default per-connection limit of 200 messages/s once
// its burst of 1,000 is spent. Abuse limits are tested in limits.test.ts, not here.
const unlimitedMessages = { ACCORD_LIMIT_MESSAGES_PER_SECOND: '100000', ACCORD_LIMIT_MESSAGES_BURST: '100000' };

async function launch(options: StartOptions = {}): Promise<AccordProcess> {
  // Tracked before starting, so a process that fails to start leaves no directory behind.
  const dataDir = options.dataDir ?? tempDataDir();
  dirs.add(dataDir);
  const accord = await startAccord({ ...options, dataDir, env: { ...unlimitedMessages, ...options.env } });
  processes.push(accord);
  tokens.set(accord, await tokenFor(accord.url, demo.member));
  return accord;
}

/** Same data directory and port, so the stock providers of running clients find it again. */
const restart = (previous: AccordProcess, env?: Record<string, string>): Promise<AccordProcess> =>
  launch({ dataDir: previous.dataDir, port: previous.port, ...(env ? { env } : {}) });

/** A stock client of the demo member, who may edit every document of the demo workspace. */
function connect(accord: AccordProcess, documentId: string): StockClient {
  const client = stockClient(accord.wsUrl, documentId, { token: tokens.get(accord)! });
  clients.push(client);
  return client;
}

function drop(client: StockClient): void {
  clients.splice(clients.indexOf(client), 1);
  client.destroy();
}

async function freshClient(accord: AccordProcess, documentId: string): Promise<StockClient> {
  const client = connect(accord, documentId);
  await synced(client);
  return client;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const WRITERS = ['a', 'w1', 'w2'] as const;
type Writer = (typeof WRITERS)[number];
/** How many edits each writer made so far (edit n of a writer is numbered n). */
type Typed = Map<Writer, number>;

/**
 * One edit as one transaction, hence one update frame: a token at a token boundary of the
 * shared text (so concurrent tokens never split each other), the next entry of the writer's
 * own append-only log, and two map keys.
 */
function edit(doc: Y.Doc, writer: Writer, n: number): void {
  doc.transact(() => {
    const shared = doc.getText('text');
    const text = shared.toString();
    const boundaries = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '>') boundaries.push(i + 1);
    shared.insert(boundaries[Math.floor(Math.random() * boundaries.length)]!, `<${writer}:${n}>`);
    const log = doc.getText(writer);
    log.insert(log.length, `<${n}>`);
    doc.getMap('map').set(writer, n);
    doc.getMap('map').set(`${writer}-${n % 8}`, n);
  });
}

function type(client: StockClient, writer: Writer, typed: Typed, count: number): void {
  for (let i = 0; i < count; i++) {
    const n = typed.get(writer) ?? 0;
    edit(client.doc, writer, n);
    typed.set(writer, n + 1);
  }
}

/** Keeps a writer typing (one edit per millisecond or so) until the returned function is called. */
function stream(client: StockClient, writer: Writer, typed: Typed): () => void {
  const timer = setInterval(() => type(client, writer, typed, 1), 1);
  const stop = () => clearInterval(timer);
  stoppers.push(stop);
  return stop;
}

interface Content {
  text: string;
  logs: Record<string, string>;
  map: Record<string, unknown>;
}

const content = (doc: Y.Doc): Content => ({
  text: doc.getText('text').toString(),
  logs: Object.fromEntries(WRITERS.map((w) => [w, doc.getText(w).toString()])),
  // Sorted: clients that received the same keys in another order have the same map.
  map: Object.fromEntries([...doc.getMap('map').entries()].sort(([x], [y]) => (x < y ? -1 : 1))),
});

/** The content that exactly the edits in `typed` produce, whatever order the tokens ended in. */
function expectExactly(doc: Y.Doc, typed: Typed, what: string): void {
  const actual = content(doc);
  const tokens: string[] = [];
  const map: Record<string, unknown> = {};
  const logs: Record<string, string> = Object.fromEntries(WRITERS.map((w) => [w, '']));
  for (const [writer, count] of typed) {
    for (let n = 0; n < count; n++) {
      tokens.push(`<${writer}:${n}>`);
      logs[writer] += `<${n}>`;
      map[writer] = n;
      map[`${writer}-${n % 8}`] = n;
    }
  }
  const actualTokens = actual.text.match(/<[^<>]*>/g) ?? [];
  // Nothing but whole tokens, each exactly once: a duplicated or half-applied edit shows here.
  expect(actualTokens.join(''), `${what}: shared text has stray characters`).toBe(actual.text);
  expect([...actualTokens].sort(), `${what}: shared text tokens`).toEqual(tokens.sort());
  expect(actual.logs, `${what}: each writer's log`).toEqual(logs);
  expect(actual.map, `${what}: map`).toEqual(map);
}

/** Everything in `seen` is in `doc`: merging it in changes nothing, and no clock is ahead. */
function expectIncludes(doc: Y.Doc, seen: Uint8Array, what: string): void {
  const seenDoc = new Y.Doc();
  Y.applyUpdate(seenDoc, seen);
  // A vacuous pass (the observer saw nothing) would prove nothing.
  expect(seenDoc.getText('text').length, `${what}: the observer saw edits`).toBeGreaterThan(0);
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(merged, seen);
  expect(content(doc), `${what}: something the observer had seen is missing`).toEqual(content(merged));
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(seen))) {
    expect(have.get(client) ?? 0, `${what}: clock of client ${client}`).toBeGreaterThanOrEqual(clock);
  }
}

/** The `accord` CLI as an operator runs it, on the same data directory. */
const runCli = (args: string[], dataDir: string) => runAccordCli(dataDir, args);

/** The stored document as `accord doc export --format update` writes it. */
async function exported(dataDir: string, documentId: string): Promise<Y.Doc> {
  const outDir = tempDataDir();
  dirs.add(outDir);
  const file = join(outDir, `${documentId}.yjs`);
  const result = await runCli(['doc', 'export', documentId, '--format', 'update', '--out', file], dataDir);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout.trim().split('\n').at(-1)).toBe(file);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, readFileSync(file));
  return doc;
}

const disconnect = (group: StockClient[]) => group.forEach((c) => c.provider.disconnect());

async function reconnect(group: StockClient[]): Promise<void> {
  group.forEach((c) => c.provider.connect());
  await Promise.all(group.map((c) => synced(c)));
}

/** Waits until every doc has exactly the typed content (the clients converged on it). */
async function converge(group: StockClient[], typed: Typed, what: string): Promise<void> {
  const expectedLength = [...typed].reduce((sum, [w, count]) => {
    for (let n = 0; n < count; n++) sum += `<${w}:${n}>`.length;
    return sum;
  }, 0);
  try {
    await until(
      () =>
        group.every(
          (c) =>
            c.doc.getText('text').length === expectedLength &&
            JSON.stringify(content(c.doc)) === JSON.stringify(content(group[0]!.doc)),
        ),
      `${what}: clients to converge`,
      15_000,
    );
  } catch (error) {
    // The state at the deadline says which client fell behind or got too much.
    const lengths = group.map(
      (c) => `${c.doc.getText('text').length}${c.provider.wsconnected ? '' : ' (disconnected)'}`,
    );
    throw new Error(
      `${(error as Error).message}; shared text lengths ${lengths.join(', ')}, expected ${expectedLength}`,
    );
  }
  group.forEach((c, i) => expectExactly(c.doc, typed, `${what}, client ${i}`));
}

describe('an edit that another client has seen survives kill -9', () => {
  it('right after a single edit', async () => {
    const accord = await launch();
    const documentId = await createDocument(accord, 'single edit');
    const a = connect(accord, documentId);
    const b = connect(accord, documentId);
    await Promise.all([synced(a), synced(b)]);

    a.doc.getText('text').insert(0, 'Consensus text.');
    await until(() => b.doc.getText('text').toString() === 'Consensus text.', 'B to see the text edit');
    await accord.kill();
    disconnect([a, b]);

    const restarted = await restart(accord);
    const c = await freshClient(restarted, documentId);
    expect(c.doc.getText('text').toString()).toBe('Consensus text.');
    await restarted.kill();
    disconnect([c]);

    // The map edit separately: the kill now follows the only edit B has seen of it.
    const restartedAgain = await restart(accord);
    a.provider.connect();
    b.provider.connect();
    await Promise.all([synced(a), synced(b)]);
    a.doc.getMap('map').set('decision', 'adopted');
    await until(() => b.doc.getMap('map').get('decision') === 'adopted', 'B to see the map edit');
    await restartedAgain.kill();
    disconnect([a, b]);

    const last = await restart(accord);
    const d = await freshClient(last, documentId);
    expect(d.doc.getMap('map').toJSON()).toEqual({ decision: 'adopted' });
    expect(d.doc.getText('text').toString()).toBe('Consensus text.');
  });

  it('right after a burst of a few hundred edits from two concurrent writers', async () => {
    const accord = await launch();
    const documentId = await createDocument(accord, 'burst');
    const w1 = connect(accord, documentId);
    const w2 = connect(accord, documentId);
    const b = connect(accord, documentId);
    await Promise.all([w1, w2, b].map((c) => synced(c)));

    const typed: Typed = new Map();
    for (let i = 0; i < 15; i++) {
      type(w1, 'w1', typed, 10);
      type(w2, 'w2', typed, 10);
      // Let the sockets flush so the server sees interleaved frames from both, not two blocks.
      await new Promise((r) => setImmediate(r));
    }
    await until(
      () =>
        b.doc.getText('w1').length === w1.doc.getText('w1').length &&
        b.doc.getText('w2').length === w2.doc.getText('w2').length,
      'B to see the last edit of both writers',
    );
    // No grace period: the kill follows the moment B has seen everything.
    await accord.kill();
    disconnect([w1, w2, b]);
    const seen = Y.encodeStateAsUpdate(b.doc);
    expectExactly(b.doc, typed, 'B before the kill');

    const restarted = await restart(accord);
    const c = await freshClient(restarted, documentId);
    expectIncludes(c.doc, seen, 'fresh client after kill -9');
    expect(content(c.doc)).toEqual(content(b.doc));
    expectExactly(c.doc, typed, 'fresh client after kill -9');
  });

  // Fields may come before documentId= (every line names the instance: instance=…).
  const compactedLine = (documentId: string) =>
    new RegExp(`compacted update log (?:\\S+ )*?documentId=${documentId}(?!\\S)`, 'g');
  const countCompactions = (log: string, documentId: string) => log.match(compactedLine(documentId))?.length ?? 0;

  it('while the update log is being compacted (compaction every 5 updates, kills at random moments)', async () => {
    const env = { ACCORD_COMPACT_EVERY: '5', ACCORD_LOG_LEVEL: 'debug' };
    let accord = await launch({ env });
    const documentId = await createDocument(accord, 'compaction');
    const w1 = connect(accord, documentId);
    const w2 = connect(accord, documentId);
    const b = connect(accord, documentId);
    const group = [w1, w2, b];
    await Promise.all(group.map((c) => synced(c)));
    const typed: Typed = new Map();

    for (let round = 1; round <= 3; round++) {
      const ms = 50 + Math.floor(Math.random() * 350);
      const what = `round ${round} (killed ${ms} ms into compacting)`;
      const stops = [stream(w1, 'w1', typed), stream(w2, 'w2', typed)];
      // Compaction runs in a worker thread: wait for the first one of this process, then kill
      // at a random moment while the writers keep it compacting.
      const compactionsBefore = countCompactions(accord.output(), documentId);
      await until(
        () => countCompactions(accord.output(), documentId) > compactionsBefore,
        `${what}: a compaction`,
        15_000,
      );
      await sleep(ms);
      await accord.kill();
      stops.forEach((stop) => stop());
      disconnect(group);
      const seen = Y.encodeStateAsUpdate(b.doc);
      // Without compactions in the round the test would not exercise what it claims to.
      expect(accord.output(), `${what}: compactions logged`).toMatch(compactedLine(documentId));

      // What the crash left on disk, read by the CLI before any server touches it again.
      const onDisk = await exported(accord.dataDir, documentId);
      expectIncludes(onDisk, seen, `${what}: CLI export`);

      accord = await restart(accord, env);
      const c = await freshClient(accord, documentId);
      expectIncludes(c.doc, seen, `${what}: fresh client`);
      expect(content(c.doc), `${what}: fresh client and CLI export agree`).toEqual(content(onDisk));
      drop(c);

      // The writers' unacknowledged edits come back with them: nothing typed is lost in the end.
      await reconnect(group);
    }

    const c = await freshClient(accord, documentId);
    await converge([...group, c], typed, 'after three crashes');
    expect(typed.get('w1')! + typed.get('w2')!).toBeGreaterThan(100);
  });
});

describe('a clean stop', () => {
  it('loses nothing when SIGTERM arrives while clients edit, and leaves the log compacted', async () => {
    let accord = await launch();
    const documentId = await createDocument(accord, 'sigterm');
    const w1 = connect(accord, documentId);
    const w2 = connect(accord, documentId);
    const b = connect(accord, documentId);
    const group = [w1, w2, b];
    await Promise.all(group.map((c) => synced(c)));
    const typed: Typed = new Map();

    const stops = [stream(w1, 'w1', typed), stream(w2, 'w2', typed)];
    await sleep(150 + Math.floor(Math.random() * 200));
    expect(await accord.stop()).toBe(0);
    stops.forEach((stop) => stop());
    disconnect(group);
    const seen = Y.encodeStateAsUpdate(b.doc);

    const db = new Database(join(accord.dataDir, 'accord.db'), { readonly: true });
    try {
      const left = db.prepare('SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?').get(documentId) as {
        n: number;
      };
      const snapshot = db
        .prepare('SELECT upto_seq AS uptoSeq FROM document_snapshots WHERE document_id = ?')
        .get(documentId) as { uptoSeq: number } | undefined;
      expect(left.n, 'updates left in the log after a clean stop').toBe(0);
      expect(snapshot?.uptoSeq ?? 0).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    const onDisk = await exported(accord.dataDir, documentId);
    expectIncludes(onDisk, seen, 'CLI export after SIGTERM');

    accord = await restart(accord);
    const c = await freshClient(accord, documentId);
    expectIncludes(c.doc, seen, 'fresh client after SIGTERM');
    expect(content(c.doc)).toEqual(content(onDisk));

    // Edits in flight when the server closed their sockets are resent by the writers.
    await reconnect(group);
    await converge([...group, c], typed, 'after SIGTERM');
  });
});

describe('clients that stay up across a crash', () => {
  it('reconnect on their own and converge with a fresh client, with nothing lost or duplicated', async () => {
    let accord = await launch();
    const documentId = await createDocument(accord, 'reconnect');
    const a = connect(accord, documentId);
    const w1 = connect(accord, documentId);
    const w2 = connect(accord, documentId);
    const b = connect(accord, documentId);
    const group = [a, w1, w2, b];
    await Promise.all(group.map((c) => synced(c)));
    const typed: Typed = new Map();

    type(a, 'a', typed, 20);
    await until(() => b.doc.getText('a').length === a.doc.getText('a').length, 'B to see what A typed');
    let stops = [stream(w1, 'w1', typed), stream(w2, 'w2', typed)];
    await sleep(100 + Math.floor(Math.random() * 200));
    await accord.kill();
    const seen = Y.encodeStateAsUpdate(b.doc);
    // Typing goes on while the server is down; the providers keep these edits to send later.
    await sleep(200);
    stops.forEach((stop) => stop());
    type(a, 'a', typed, 5);
    expect(group.some((c) => c.provider.wsconnected)).toBe(false);

    accord = await restart(accord);
    // No provider.connect(): the stock providers find the restarted server by themselves.
    await until(
      () => group.every((c) => c.provider.wsconnected && c.provider.synced),
      'the stock providers to reconnect and sync',
      15_000,
    );
    stops = [stream(w1, 'w1', typed), stream(w2, 'w2', typed)];
    await sleep(100);
    stops.forEach((stop) => stop());
    type(a, 'a', typed, 5);

    const c = await freshClient(accord, documentId);
    expectIncludes(c.doc, seen, 'fresh client after the restart');
    await converge([...group, c], typed, 'after kill -9 and automatic reconnect');
  });
});
