/**
 * One run of the scale-out benchmark: the readers split across the instances of one deployment
 * (reader r on instance r mod n; the writers on the first, or split the same way), the
 * trace sent with a bounded window, and every reader timing each insert's arrival from the
 * Yjs clocks the updates it receives carry — as scenario.ts does for one server, with the
 * latency of deliveries across instances counted apart.
 */
import * as Y from 'yjs';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2 } from '@accord/protocol';
import { RawSocket } from './raw-socket.js';
import type { ServerUnderTest } from './servers.js';
import { documentText, writerClientId, type Workload } from './trace.js';

export interface SplitOptions {
  readers: number;
  /**
   * Writers on instance `w mod n` too; default all on the first instance. Split, each trace edit
   * builds on the one before, sent by another writer to another instance: an instance receives
   * edits before those they build on, which make them wait (see the benchmark's notes).
   */
  splitWriters?: boolean;
  /** Insert updates sent but not yet seen by the pacing reader (the first reader of the last instance). */
  window: number;
  timeoutMs: number;
}

export interface Percentiles {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

export interface SplitResult {
  instances: number;
  updates: number;
  seconds: number;
  updatesPerSecond: number;
  /** Every delivery. */
  latencyMs: Percentiles;
  /** Deliveries to a reader on another instance than the writer's only. */
  acrossMs: Percentiles;
  serverCpuSeconds: number;
  serverPeakRssMb: number[];
  readers: number;
  /** Readers that received every writer's last update. */
  readersComplete: number;
  /** Instances whose first reader's stream, applied to a fresh doc, gives the trace's end text. */
  instancesWithEndContent: number;
}

interface Reader {
  instance: number;
  socket: RawSocket;
  seen: Int32Array;
  receipts: { clock: number[]; at: number[] }[];
  doneAt: number;
  /** The first reader of each instance keeps what it received, to check the content. */
  stored?: Uint8Array[];
}

const now = (): number => performance.now();
const EMPTY_STEP_1 = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));
const EMPTY_STEP_2 = encodeSyncStep2(Uint8Array.of(0, 0));
const isServerStep1 = (payload: Uint8Array): boolean => payload[0] === 0 && payload[1] === 0;

function percentiles(values: number[]): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) =>
    sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p99: at(99), max: sorted.at(-1) ?? Number.NaN, samples: sorted.length };
}

/** Opens a raw socket on `url` that answers the server's sync step 1 like a client with nothing. */
function open(url: string, onUpdate: (payload: Uint8Array) => void): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket: RawSocket = new RawSocket(
      url,
      (payload) => {
        if (payload[0] !== 0) return; // awareness and keep-alives are not document traffic
        if (isServerStep1(payload)) socket.sendBinary(EMPTY_STEP_2);
        else onUpdate(payload);
      },
      () => {
        socket.sendBinary(EMPTY_STEP_1);
        resolve(socket);
      },
      reject,
    );
  });
}

export async function runSplit(
  servers: ServerUnderTest[],
  workload: Workload,
  options: SplitOptions,
): Promise<SplitResult> {
  const { writers } = workload;
  const n = servers.length;
  const writerInstance = (w: number): number => (options.splitWriters ? w % n : 0);
  const count = workload.frames.length;
  const insertsOf: number[][] = Array.from({ length: writers }, () => []);
  const lastClock = new Int32Array(writers);
  for (let k = 0; k < count; k++) {
    if (workload.clockEnd[k]! < 0) continue;
    insertsOf[workload.writer[k]!]!.push(k);
    lastClock[workload.writer[k]!] = workload.clockEnd[k]!;
  }
  const sentinelClock = Array.from(lastClock, (c) => c + 1);
  const sentAt = new Float64Array(count);
  // The writers are paced by the first reader of the last instance (with several, one that gets
  // the edits across Redis): inserts it has (per writer, a pointer into its inserts), for the window.
  const pacer = n - 1;
  let resolvedByFirst = 0;
  const firstPointer = new Int32Array(writers);
  let wake: (() => void) | undefined;

  const onUpdate = (reader: Reader, index: number, update: Uint8Array) => {
    const { to } = Y.parseUpdateMeta(update);
    const t = now();
    let done = true;
    for (let w = 0; w < writers; w++) {
      const clock = to.get(writerClientId(w)) ?? 0;
      if (clock > reader.seen[w]!) {
        reader.seen[w] = clock;
        reader.receipts[w]!.clock.push(clock);
        reader.receipts[w]!.at.push(t);
        if (index === pacer) {
          const inserts = insertsOf[w]!;
          let p = firstPointer[w]!;
          while (p < inserts.length && workload.clockEnd[inserts[p]!]! <= clock) p++;
          resolvedByFirst += p - firstPointer[w]!;
          firstPointer[w] = p;
        }
      }
      if (reader.seen[w]! < sentinelClock[w]!) done = false;
    }
    if (done && !reader.doneAt) reader.doneAt = t;
    if (index === pacer && wake) {
      const w = wake;
      wake = undefined;
      w();
    }
  };

  const readers: Reader[] = Array.from({ length: options.readers }, (_, i) => ({
    instance: i % n,
    socket: undefined as unknown as RawSocket,
    seen: new Int32Array(writers),
    receipts: Array.from({ length: writers }, () => ({ clock: [], at: [] })),
    doneAt: 0,
    ...(i < n ? { stored: [] } : {}),
  }));
  const connecting = readers.map(async (reader, i) => {
    reader.socket = await open(servers[reader.instance]!.docUrl, (payload) => {
      const message = decodeMessage(payload);
      if (message.type !== 'update' && message.type !== 'sync-step-2') return;
      reader.stored?.push(message.update);
      onUpdate(reader, i, message.update);
    });
  });
  let connectTimeout: NodeJS.Timeout | undefined;
  const senders = await Promise.race([
    Promise.all(connecting).then(() =>
      Promise.all(Array.from({ length: writers }, (_, w) => open(servers[writerInstance(w)]!.docUrl, () => {}))),
    ),
    new Promise<never>((_, reject) => {
      connectTimeout = setTimeout(() => reject(new Error('connections not open after 30 s')), 30_000);
    }),
  ]);
  clearTimeout(connectTimeout);
  await new Promise((r) => setTimeout(r, 300));

  const cpuBefore = servers.map((s) => s.cpuSeconds());
  const deadline = Date.now() + options.timeoutMs;
  const started = now();
  let sentInserts = 0;
  for (let k = 0; k < count; k++) {
    while (sentInserts - resolvedByFirst > options.window) {
      if (Date.now() > deadline) throw new Error(`timed out after ${k} of ${count} updates`);
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 50);
      });
    }
    sentAt[k] = now();
    senders[workload.writer[k]!]!.sendBinary(workload.frames[k]!);
    if (workload.clockEnd[k]! >= 0) sentInserts++;
    if ((k & 63) === 63) await new Promise((r) => setImmediate(r));
  }
  workload.sentinels.forEach((frame, w) => senders[w]!.sendBinary(frame));
  while (readers.some((r) => !r.doneAt) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const complete = readers.filter((r) => r.doneAt);
  if (complete.length === 0) throw new Error('no reader received every update');
  const seconds = (Math.max(...complete.map((r) => r.doneAt)) - started) / 1000;
  const serverCpuSeconds = servers.reduce((sum, s, i) => sum + s.cpuSeconds() - cpuBefore[i]!, 0);

  const all: number[] = [];
  const across: number[] = [];
  for (const reader of readers) {
    for (let w = 0; w < writers; w++) {
      const { clock, at } = reader.receipts[w]!;
      const crossing = writerInstance(w) !== reader.instance;
      let j = 0;
      for (const k of insertsOf[w]!) {
        while (j < clock.length && clock[j]! < workload.clockEnd[k]!) j++;
        if (j === clock.length) break;
        const latency = at[j]! - sentAt[k]!;
        all.push(latency);
        if (crossing) across.push(latency);
      }
    }
  }
  const instancesWithEndContent = readers
    .filter((r) => r.stored)
    .filter((r) => {
      const doc = new Y.Doc();
      Y.transact(doc, () => {
        for (const update of r.stored!) Y.applyUpdate(doc, update);
      });
      return documentText(doc) === workload.endContent;
    }).length;

  for (const r of readers) r.socket.close();
  for (const s of senders) s.close();
  return {
    instances: n,
    updates: count,
    seconds,
    updatesPerSecond: count / seconds,
    latencyMs: percentiles(all),
    acrossMs: percentiles(across),
    serverCpuSeconds,
    serverPeakRssMb: servers.map((s) => s.peakRss() / 1024 / 1024),
    readers: readers.length,
    readersComplete: complete.length,
    instancesWithEndContent,
  };
}
