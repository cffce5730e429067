/**
 * `pnpm bench idle-connections`: what an idle connection costs the server. N clients connect
 * to the same document(s), each doing what a real client does (sync handshake, one awareness
 * state), then sit idle; the server's memory is read before and after, from inside the
 * server through its inspector, after a forced full garbage collection. Accord and the
 * reference y-websocket server, one after the other in the same run.
 *
 *   pnpm bench idle-connections                         2,000 connections on one document
 *   pnpm bench idle-connections --connections 500       fewer
 *   pnpm bench idle-connections --documents 20          spread over 20 documents
 *   pnpm bench idle-connections --settle 30             seconds of quiet before each reading (default 20)
 *   pnpm bench idle-connections --only accord           one server (reference, accord)
 */
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { encodeAwareness, encodeAwarenessUpdate, encodeSyncStep1, encodeSyncStep2 } from '@accord/protocol';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { Inspector, withInspector, type MemoryUsage } from './inspector.js';
import { RawSocket } from './raw-socket.js';
import { machine, writeResults } from './results-file.js';
import { startAccordServer, startReference, type ServerUnderTest } from './servers.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string' },
    documents: { type: 'string' },
    settle: { type: 'string' },
    only: { type: 'string' },
  },
});
const connections = Number(values.connections ?? 2_000);
const documents = Number(values.documents ?? 1);
// Longer than Accord's keep-alive interval (15 s): a connection is idle once a tick found it so.
const settleMs = Number(values.settle ?? 20) * 1000;
/** Connections opened (and kept) before the baseline, so that the document's own cost and the first-use JIT are in it. */
const WARM_UP = 20;
/** Connections opening at the same time. */
const WAVE = 50;

const EMPTY_STEP_1 = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));
const EMPTY_STEP_2 = encodeSyncStep2(Uint8Array.of(0, 0));

/** What @lexical/yjs announces for a client that has not focused the editor yet. */
const awarenessFrame = (index: number): Uint8Array =>
  encodeAwareness(
    encodeAwarenessUpdate([
      {
        clientId: (Math.random() * 0x7fffffff) >>> 0,
        clock: 1,
        state: {
          name: `Reader ${index}`,
          color: '#1a73e8',
          focusing: false,
          anchorPos: null,
          focusPos: null,
          awarenessData: {},
        },
      },
    ]),
  );

/** Opens one client and resolves once the server answered its sync step 1 (the client is synced). */
function openClient(url: string, index: number): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`connection ${index} was not synced within 60 s`)), 60_000);
    const socket: RawSocket = new RawSocket(
      url,
      (payload) => {
        if (payload[0] !== 0) return;
        // The server's sync step 1: answer that it lacks nothing. Its step 2: we are synced.
        if (payload[1] === 0) socket.sendBinary(EMPTY_STEP_2);
        else if (payload[1] === 1) {
          clearTimeout(timer);
          resolve(socket);
        }
      },
      () => {
        socket.sendBinary(EMPTY_STEP_1);
        socket.sendBinary(awarenessFrame(index));
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function openClients(urls: string[], count: number, first: number): Promise<RawSocket[]> {
  const sockets: RawSocket[] = [];
  for (let start = 0; start < count; start += WAVE) {
    const wave = Array.from({ length: Math.min(WAVE, count - start) }, (_, k) => {
      const index = first + start + k;
      return openClient(urls[index % urls.length]!, index);
    });
    sockets.push(...(await Promise.all(wave)));
  }
  return sockets;
}

/** Waits until no client has received a frame for a second (presence broadcasts have drained), then `settleMs`. */
async function quiet(sockets: RawSocket[]): Promise<void> {
  const frames = () => sockets.reduce((sum, s) => sum + s.frames, 0);
  let last = -1;
  for (let waited = 0; waited < 300_000; waited += 1000) {
    const now = frames();
    if (now === last) break;
    last = now;
    await new Promise((r) => setTimeout(r, 1000));
  }
  await new Promise((r) => setTimeout(r, settleMs));
}

/** The benchmark document's URL and `count - 1` more documents' on the same server. */
async function documentUrls(key: string, server: ServerUnderTest, count: number): Promise<string[]> {
  const urls = [server.docUrl];
  if (key === 'reference') {
    // The reference serves any path as a document.
    for (let d = 1; d < count; d++) urls.push(server.docUrl.replace(/\/bench$/, `/bench-${d}`));
    return urls;
  }
  const { host, search } = new URL(server.docUrl);
  const base = `http://${host}`;
  const headers = bearer(await tokenFor(base, demo.coordinator));
  for (let d = 1; d < count; d++) {
    const created = await fetch(`${base}/api/workspaces/demo/documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `Idle ${d}` }),
    });
    if (created.status !== 201) throw new Error(`creating document ${d} answered ${created.status}`);
    const { id } = (await created.json()) as { id: string };
    urls.push(`ws://${host}/collab/${id}${search}`);
  }
  return urls;
}

interface IdleResult {
  server: string;
  connections: number;
  documents: number;
  openSeconds: number;
  baseline: MemoryUsage;
  open: MemoryUsage;
  afterClose: MemoryUsage;
  /** Bytes per idle connection: (open − baseline) / connections. */
  perConnection: { rss: number; heapUsed: number; external: number };
  /** Bytes per connection still held once they closed: (afterClose − baseline) / connections. */
  retainedAfterClose: { rss: number; heapUsed: number };
}

async function measure(key: string, start: () => Promise<ServerUnderTest>): Promise<IdleResult> {
  const { server, inspectPort } = await withInspector(start);
  running = server;
  const inspector = await Inspector.connect(inspectPort).catch(async (error: Error) => {
    await server.stop();
    throw error;
  });
  const sockets: RawSocket[] = [];
  try {
    console.log(`running against ${server.name} …`);
    const urls = await documentUrls(key, server, documents);
    sockets.push(...(await openClients(urls, WARM_UP, 0)));
    await quiet(sockets);
    const baseline = await inspector.memoryAfterGc();
    const opening = performance.now();
    const idle = await openClients(urls, connections, WARM_UP);
    const openSeconds = (performance.now() - opening) / 1000;
    sockets.push(...idle);
    await quiet(sockets);
    const open = await inspector.memoryAfterGc();
    for (const socket of idle) socket.close();
    await quiet(sockets.slice(0, WARM_UP));
    const afterClose = await inspector.memoryAfterGc();
    const per = (a: number, b: number) => (a - b) / connections;
    const result: IdleResult = {
      server: server.name,
      connections,
      documents,
      openSeconds,
      baseline,
      open,
      afterClose,
      perConnection: {
        rss: per(open.rss, baseline.rss),
        heapUsed: per(open.heapUsed, baseline.heapUsed),
        external: per(open.external, baseline.external),
      },
      retainedAfterClose: {
        rss: per(afterClose.rss, baseline.rss),
        heapUsed: per(afterClose.heapUsed, baseline.heapUsed),
      },
    };
    console.log(
      `  ${connections} connections synced in ${openSeconds.toFixed(1)} s; per connection: ` +
        `RSS ${kB(result.perConnection.rss)} kB, heap ${kB(result.perConnection.heapUsed)} kB, external ${kB(result.perConnection.external)} kB; ` +
        `heap still held after they closed: ${kB(result.retainedAfterClose.heapUsed)} kB each`,
    );
    return result;
  } finally {
    for (const socket of sockets) socket.close();
    inspector.close();
    await server.stop();
    running = undefined;
  }
}

const kB = (bytes: number): string => (bytes / 1024).toFixed(1);

let running: ServerUnderTest | undefined;
process.once('SIGINT', () => {
  void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});

const contenders: [string, () => Promise<ServerUnderTest>][] = [
  ['reference', startReference],
  ['accord', () => startAccordServer()],
];
const results: (IdleResult | { server: string; error: string })[] = [];
for (const [key, start] of contenders) {
  if (values.only && !values.only.split(',').includes(key)) continue;
  try {
    results.push(await measure(key, start));
  } catch (error) {
    console.error(`  failed: ${(error as Error).message}`);
    results.push({ server: key, error: (error as Error).message });
  }
}

const row = (r: IdleResult | { server: string; error: string }): string =>
  'error' in r
    ? `| ${r.server} | failed: ${r.error} | | | | |`
    : `| ${r.server} | **${kB(r.perConnection.rss)}** | ${kB(r.perConnection.heapUsed)} | ${kB(r.perConnection.external)} | ` +
      `${kB(r.retainedAfterClose.heapUsed)} | ${r.openSeconds.toFixed(1)} s |`;
const markdown = [
  `# Idle memory per connection — ${new Date().toISOString()}`,
  '',
  `${connections} idle connections on ${documents} document${documents === 1 ? '' : 's'}, each synced (sync steps 1 and 2 both ways) and with one awareness state (Lexical's initial one), opened ${WAVE} at a time from one process over loopback.`,
  `Method: the server runs with \`--inspect\`; ${WARM_UP} connections open first (the document's own cost and first-use compilation fall in the baseline), then once traffic has stopped for 1 s and ${settleMs / 1000} s more (longer than Accord's 15 s keep-alive interval, whose tick is when a connection drops what it needs only while active), a forced full GC (twice, through the DevTools protocol) and \`process.memoryUsage()\` give the baseline. The same after the ${connections} connections are open, and again after they closed. Per connection = difference / ${connections}. RSS includes the kernel-side socket objects' user-space counterparts (ws buffers, libuv handles); heap is V8's used heap after GC; external is memory V8 knows of outside its heap (Buffers).`,
  `Machine: ${machine()}; clients and server share it.`,
  '',
  '| server | RSS per connection (kB) | heap per connection (kB) | external per connection (kB) | heap held after close (kB per connection) | time to open and sync all |',
  '|---|---|---|---|---|---|',
  ...results.map(row),
  '',
].join('\n');
console.log('\n' + markdown);
console.log(`written to ${writeResults('idle-connections', { connections, documents, settleMs, results }, markdown)}`);
if (results.some((r) => 'error' in r)) process.exitCode = 1;
