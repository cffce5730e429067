/**
 * `pnpm bench cold-open`: how long a large stored document takes to open, and what folding its
 * log costs. The document holds the whole automerge-paper trace (259,778 edits) as Accord
 * stores it (`large-document.ts` writes and folds it through the server's own store and
 * compaction worker); Accord is then started on that directory and timed:
 *
 * - start → ready (spawn until /healthz answers, polled every 100 ms, plus a sign-in: an upper
 *   bound; `pnpm bench startup` measures start-up properly);
 * - the first client (cold: the document is loaded from its snapshot for it): socket opened →
 *   sync step 2 received (the server's share), → applied by the client (Yjs integrating the
 *   state on the client side, the same work whichever server sent it), text checked;
 * - a second client while the first is still connected (warm: the document is in memory);
 * - the server's resident memory before and after the open.
 *
 * The reference, `@y/websocket-server`, keeps documents in memory only: it cannot open a stored
 * document. A writer pushes the same state to it as one update, then fresh clients sync: that
 * is the reference's "warm" case, which Accord's second client compares with.
 *
 *   pnpm bench cold-open                  writers 10 and 1, 3 cold opens each
 *   pnpm bench cold-open --quick          the first 20,000 edits
 *   pnpm bench cold-open --writers 10     one shape only (10: the fan-out benchmark's ten
 *                                         alternating writers, every keystroke its own Yjs item;
 *                                         1: the same text typed by one person)
 *   pnpm bench cold-open --runs 5 --tail 20000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rss } from './proc.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { decodeMessage, encodeSyncStep1, encodeUpdate } from '@accord/protocol';
import { type PreparedDocument, storeLargeDocument } from './large-document.js';
import { RawSocket } from './raw-socket.js';
import { machine, writeResults } from './results-file.js';
import { startAccordServer, startReference, type ServerUnderTest } from './servers.js';
import { ATTRIBUTION, buildWorkload, documentText } from './trace.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    writers: { type: 'string' },
    runs: { type: 'string' },
    tail: { type: 'string' },
  },
});
const limit = values.quick ? 20_000 : undefined;
const shapes = (values.writers ?? '10,1').split(',').map(Number);
const runs = Number(values.runs ?? 3);
const MB = 1024 * 1024;
const EMPTY_STEP_1 = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));

interface Sync {
  openMs: number;
  /** Socket open → sync step 2 received. */
  receivedMs: number;
  /** Socket open → the client applied it. */
  appliedMs: number;
  bytes: number;
  textMatches: boolean;
  socket: RawSocket;
}

/** Connects a fresh client (empty state vector) and times its sync; the socket stays open. */
function sync(url: string, endContent: string): Promise<Sync> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let openedAt = 0;
    const timer = setTimeout(() => reject(new Error(`no sync step 2 from ${url} in 120 s`)), 120_000);
    const socket: RawSocket = new RawSocket(
      url,
      (payload) => {
        let message: ReturnType<typeof decodeMessage>;
        try {
          message = decodeMessage(payload);
        } catch {
          return;
        }
        if (message.type !== 'sync-step-2') return;
        const received = performance.now();
        const doc = new Y.Doc();
        Y.applyUpdate(doc, message.update);
        const applied = performance.now();
        clearTimeout(timer);
        resolve({
          openMs: openedAt - started,
          receivedMs: received - openedAt,
          appliedMs: applied - openedAt,
          bytes: message.update.length,
          textMatches: documentText(doc) === endContent,
          socket,
        });
        doc.destroy();
      },
      () => {
        openedAt = performance.now();
        socket.sendBinary(EMPTY_STEP_1);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

interface AccordRun {
  readyMs: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  cold: Omit<Sync, 'socket'>;
  warm: Omit<Sync, 'socket'>;
}

const plain = ({ socket: _, ...rest }: Sync): Omit<Sync, 'socket'> => rest;

async function openOnAccord(dataDir: string, documentId: string, endContent: string): Promise<AccordRun> {
  const started = performance.now();
  const server = await startAccordServer({ dataDir });
  const readyMs = performance.now() - started;
  try {
    // startAccordServer made a document of its own; open ours with the same token.
    const url = server.docUrl.replace(/\/collab\/[^?]+/, `/collab/${documentId}`);
    await new Promise((r) => setTimeout(r, 500));
    const rssBefore = rss(server.pid);
    const cold = await sync(url, endContent);
    const warm = await sync(url, endContent);
    const rssAfter = rss(server.pid);
    cold.socket.close();
    warm.socket.close();
    return {
      readyMs,
      rssBeforeMb: rssBefore / MB,
      rssAfterMb: rssAfter / MB,
      cold: plain(cold),
      warm: plain(warm),
    };
  } finally {
    await server.stop();
  }
}

interface ReferenceRun {
  rssBeforeMb: number;
  rssAfterMb: number;
  syncs: Omit<Sync, 'socket'>[];
}

/** Pushes the whole state to the reference as one update, waits until a client sees it, then times fresh clients. */
async function openOnReference(snapshot: Uint8Array, endContent: string): Promise<ReferenceRun> {
  const server: ServerUnderTest = await startReference();
  try {
    const rssBefore = rss(server.pid);
    const writer = await sync(server.docUrl, endContent);
    writer.socket.sendBinary(encodeUpdate(snapshot));
    for (let tries = 0; ; tries++) {
      const probe = await sync(server.docUrl, endContent);
      probe.socket.close();
      if (probe.textMatches) break;
      if (tries > 100) throw new Error('the reference never had the pushed state');
      await new Promise((r) => setTimeout(r, 200));
    }
    const syncs: Omit<Sync, 'socket'>[] = [];
    for (let i = 0; i < runs; i++) {
      const s = await sync(server.docUrl, endContent);
      s.socket.close();
      syncs.push(plain(s));
    }
    const rssAfter = rss(server.pid);
    writer.socket.close();
    return { rssBeforeMb: rssBefore / MB, rssAfterMb: rssAfter / MB, syncs };
  } finally {
    await server.stop();
  }
}

/** Starts Accord once on a fresh directory to seed it and create the document; returns its id. */
async function createDocument(dataDir: string): Promise<string> {
  const server = await startAccordServer({ dataDir });
  try {
    const id = /\/collab\/([^?]+)/.exec(server.docUrl)?.[1];
    if (!id) throw new Error(`no document id in ${server.docUrl}`);
    return id;
  } finally {
    await server.stop();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => x.toFixed(0);
const mb = (x: number) => x.toFixed(0);

interface ShapeResult {
  writers: number;
  updates: number;
  endContentChars: number;
  prepared: Omit<PreparedDocument, 'snapshot'> & { snapshotBytes: number };
  accord: AccordRun[];
  reference: ReferenceRun;
}

const results: ShapeResult[] = [];
for (const writers of shapes) {
  const builtAt = performance.now();
  const workload = buildWorkload(limit, writers);
  const updates = workload.frames.map((frame) => {
    const message = decodeMessage(frame);
    if (message.type !== 'update') throw new Error('the workload holds a frame that is not an update');
    return message.update;
  });
  const { endContent } = workload;
  console.log(
    `${writers} writer(s): ${updates.length} updates, built in ${((performance.now() - builtAt) / 1000).toFixed(1)} s`,
  );
  const tail = Math.min(Number(values.tail ?? 20_000), Math.floor(updates.length / 2));
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-cold-open-'));
  try {
    const documentId = await createDocument(dataDir);
    const prepared = await storeLargeDocument(dataDir, documentId, updates, tail);
    for (const fold of prepared.folds) {
      console.log(
        `  fold ${fold.label}: ${fold.seconds.toFixed(1)} s, worker heap ${mb(fold.workerHeapBeforeMb)} → peak ${mb(fold.workerHeapPeakMb)} MB, ` +
          `process RSS +${mb(fold.extraRssMb)} MB (worker start: +${mb(prepared.workerStartRssMb)} MB)`,
      );
    }
    console.log(
      `  snapshot ${(prepared.snapshot.length / MB).toFixed(2)} MB; the log was ${(prepared.logBytes / MB).toFixed(2)} MB`,
    );
    const accord: AccordRun[] = [];
    for (let run = 0; run < runs; run++) {
      const r = await openOnAccord(dataDir, documentId, endContent);
      accord.push(r);
      console.log(
        `  Accord open ${run + 1}: cold sync step 2 after ${ms(r.cold.receivedMs)} ms (applied by the client ${ms(r.cold.appliedMs)} ms, text ${r.cold.textMatches ? 'ok' : 'WRONG'}), ` +
          `warm ${ms(r.warm.receivedMs)} ms; RSS ${mb(r.rssBeforeMb)} → ${mb(r.rssAfterMb)} MB; ready in ${ms(r.readyMs)} ms`,
      );
    }
    const reference = await openOnReference(prepared.snapshot, endContent);
    console.log(
      `  reference: sync step 2 after ${reference.syncs.map((s) => ms(s.receivedMs)).join(', ')} ms; RSS ${mb(reference.rssBeforeMb)} → ${mb(reference.rssAfterMb)} MB`,
    );
    const { snapshot, ...rest } = prepared;
    results.push({
      writers,
      updates: updates.length,
      endContentChars: endContent.length,
      prepared: { ...rest, snapshotBytes: snapshot.length },
      accord,
      reference,
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const method = [
  `Data: ${ATTRIBUTION}; ${limit ? `the first ${limit.toLocaleString('en')} edits` : 'the whole trace'}, typed as @lexical/yjs stores an Accord document.`,
  '"10 writers" is the fan-out benchmark\'s workload: ten writers take turns keystroke by keystroke, so almost every character is its own Yjs item (the worst case for a snapshot\'s size and load); "1 writer" is the same text typed by one person.',
  "The document is written into a fresh data directory through the server's SQLite document store and folded by its compaction worker (the built one); then Accord (the build, as `npm start`) starts on that directory, and the first client to connect makes it load the document from its snapshot.",
  '"Cold": socket open → sync step 2 received by a fresh client (empty state vector), the document loaded from SQLite for it; "applied": the same client has also integrated it (client-side Yjs work, the same whichever server sent it), its text checked against the trace. "Warm": a second client, the document in memory. Ready: spawn → /healthz polled every 100 ms plus a sign-in (an upper bound).',
  "The reference (@y/websocket-server 0.1.1) stores nothing and cannot open a stored document: a writer pushes the same state as one update, then fresh clients sync from its memory, which compares with Accord's warm client.",
  "Folds: the worker's V8 heap in use before and at its peak (sampled at every chunk and after encoding), and the process's RSS sampled every 5 ms while the main thread waits (extra = peak − before).",
];
const lines = [
  '# Cold open of a large document',
  '',
  `${machine()}, ${new Date().toISOString()}. Timings on a shared machine are indicative.`,
  '',
  ...method.map((m) => `- ${m}`),
  '',
];
for (const r of results) {
  const cold = r.accord.map((a) => a.cold.receivedMs);
  const applied = r.accord.map((a) => a.cold.appliedMs);
  const warm = r.accord.map((a) => a.warm.receivedMs);
  lines.push(
    `## ${r.writers === 1 ? '1 writer' : `${r.writers} writers`}: ${r.updates.toLocaleString('en')} updates, ${r.endContentChars.toLocaleString('en')} characters, snapshot ${(r.prepared.snapshotBytes / MB).toFixed(2)} MB`,
    '',
    `| server | first client: sync step 2 (median of ${runs}) | … applied by the client | second client | RSS before → after open |`,
    '|---|---|---|---|---|',
    `| Accord, cold from its snapshot | ${ms(median(cold))} ms (${cold.map(ms).join(', ')}) | ${ms(median(applied))} ms | ${ms(median(warm))} ms | ${mb(median(r.accord.map((a) => a.rssBeforeMb)))} → ${mb(median(r.accord.map((a) => a.rssAfterMb)))} MB |`,
    `| ${'@y/websocket-server'} (in memory, after a push) | ${ms(median(r.reference.syncs.map((s) => s.receivedMs)))} ms (${r.reference.syncs.map((s) => ms(s.receivedMs)).join(', ')}) | ${ms(median(r.reference.syncs.map((s) => s.appliedMs)))} ms | — | ${mb(r.reference.rssBeforeMb)} → ${mb(r.reference.rssAfterMb)} MB |`,
    '',
    `Accord ready (upper bound): ${ms(median(r.accord.map((a) => a.readyMs)))} ms. Compaction worker start: +${mb(r.prepared.workerStartRssMb)} MB RSS.`,
    '',
    '| fold | seconds | snapshot | worker heap before → peak | process RSS extra |',
    '|---|---|---|---|---|',
    ...r.prepared.folds.map(
      (f) =>
        `| ${f.label} | ${f.seconds.toFixed(1)} | ${(f.snapshotBytes / MB).toFixed(2)} MB | ${mb(f.workerHeapBeforeMb)} → ${mb(f.workerHeapPeakMb)} MB | +${mb(f.extraRssMb)} MB |`,
    ),
    '',
  );
}
const markdown = lines.join('\n');
console.log(`\n${markdown}`);
console.log(`written to ${writeResults('cold-open', { limit, runs, method, results }, markdown)}`);
