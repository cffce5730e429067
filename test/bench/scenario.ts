/**
 * One benchmark run against one server: 50 readers and 10 writers on one document, the
 * workload sent in trace order with a bounded window, fan-out latency measured at probe
 * readers from the Yjs clocks each received update carries.
 */
import { createHash, type Hash } from 'node:crypto';
import * as Y from 'yjs';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2 } from '@accord/protocol';
import { RawSocket } from './raw-socket.js';
import type { ServerUnderTest } from './servers.js';
import { documentText, writerClientId, type Workload } from './trace.js';

export interface ScenarioOptions {
  readers: number;
  /** Readers that decode every update to time it (the rest only count and hash what they get). */
  probes: number;
  /** Insert updates sent but not yet seen by the first probe reader. */
  window: number;
  timeoutMs: number;
}

export interface ScenarioResult {
  server: string;
  updates: number;
  seconds: number;
  updatesPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number; samples: number };
  serverCpuSeconds: number;
  serverCpuPercentOfOneCore: number;
  serverPeakRssMb: number;
  clientCpuSeconds: number;
  readersWithEndContent: number;
  readers: number;
  bytesPerReader: number;
  framesPerReader: number;
}

interface Reader {
  socket: RawSocket;
  hash: Hash;
  syncBytes: number;
  doneAt: number;
  /** Probes: per writer, the highest clock seen, and (clock, time) each time it rose. */
  seen?: Int32Array;
  receipts?: { clock: number[]; at: number[] }[];
  stored?: Buffer[];
}

const now = (): number => performance.now();

// Every connection does what a real client does on connect: send its (empty) state vector,
// and answer the server's sync step 1 with what the server lacks (nothing).
const EMPTY_STEP_1 = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));
const EMPTY_STEP_2 = encodeSyncStep2(Uint8Array.of(0, 0));
const isServerStep1 = (payload: Uint8Array): boolean => payload[0] === 0 && payload[1] === 0;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runScenario(
  server: ServerUnderTest,
  workload: Workload,
  options: ScenarioOptions,
): Promise<ScenarioResult> {
  const { writers } = workload;
  const count = workload.frames.length;
  // Per writer: the indexes of its inserts in order, and the clock its sentinel reaches.
  const insertsOf: number[][] = Array.from({ length: writers }, () => []);
  const lastClock = new Int32Array(writers);
  for (let k = 0; k < count; k++) {
    if (workload.clockEnd[k]! < 0) continue;
    insertsOf[workload.writer[k]!]!.push(k);
    lastClock[workload.writer[k]!] = workload.clockEnd[k]!;
  }
  const sentinelClock = Array.from(lastClock, (c) => c + 1);
  const sentAt = new Float64Array(count);
  let resolvedByFirstProbe = 0;
  const firstProbePointer = new Int32Array(writers);
  let wake: (() => void) | undefined;

  const readers: Reader[] = [];
  const failures: Error[] = [];
  const opened: Promise<void>[] = [];

  const onProbeUpdate = (reader: Reader, index: number, update: Uint8Array) => {
    const { to } = Y.parseUpdateMeta(update);
    const t = now();
    let done = true;
    for (let w = 0; w < writers; w++) {
      const clock = to.get(writerClientId(w)) ?? 0;
      if (clock > reader.seen![w]!) {
        reader.seen![w] = clock;
        reader.receipts![w]!.clock.push(clock);
        reader.receipts![w]!.at.push(t);
        if (index === 0) {
          const inserts = insertsOf[w]!;
          let p = firstProbePointer[w]!;
          while (p < inserts.length && workload.clockEnd[inserts[p]!]! <= clock) p++;
          resolvedByFirstProbe += p - firstProbePointer[w]!;
          firstProbePointer[w] = p;
        }
      }
      if (reader.seen![w]! < sentinelClock[w]!) done = false;
    }
    if (done && !reader.doneAt) reader.doneAt = t;
    if (index === 0 && wake) {
      const w = wake;
      wake = undefined;
      w();
    }
  };

  for (let i = 0; i < options.readers; i++) {
    const probe = i < options.probes;
    const reader: Reader = {
      hash: createHash('sha1'),
      syncBytes: 0,
      doneAt: 0,
      ...(probe
        ? { seen: new Int32Array(writers), receipts: Array.from({ length: writers }, () => ({ clock: [], at: [] })) }
        : {}),
      ...(i === 0 ? { stored: [] } : {}),
    } as Reader;
    opened.push(
      new Promise((resolve, reject) => {
        reader.socket = new RawSocket(
          server.docUrl,
          (payload) => {
            if (payload[0] !== 0) return; // awareness and keep-alives are not document traffic
            if (isServerStep1(payload)) {
              reader.socket.sendBinary(EMPTY_STEP_2);
              return;
            }
            reader.syncBytes += payload.length;
            reader.hash.update(payload);
            reader.stored?.push(payload);
            if (!probe) return;
            const message = decodeMessage(payload);
            if (message.type === 'update' || message.type === 'sync-step-2') onProbeUpdate(reader, i, message.update);
          },
          () => {
            reader.socket.sendBinary(EMPTY_STEP_1);
            resolve();
          },
          (e) => {
            failures.push(e);
            reject(e);
          },
        );
      }),
    );
    readers.push(reader);
  }
  const writerSockets = Array.from(
    { length: writers },
    () =>
      new Promise<RawSocket>((resolve, reject) => {
        const socket: RawSocket = new RawSocket(
          server.docUrl,
          (payload) => {
            if (isServerStep1(payload)) socket.sendBinary(EMPTY_STEP_2);
          },
          () => {
            socket.sendBinary(EMPTY_STEP_1);
            resolve(socket);
          },
          reject,
        );
      }),
  );
  let connectTimeout: NodeJS.Timeout | undefined;
  const senders = await Promise.race([
    Promise.all(opened).then(() => Promise.all(writerSockets)),
    new Promise<never>((_, reject) => {
      connectTimeout = setTimeout(() => reject(new Error(`${server.name}: connections not open after 30 s`)), 30_000);
    }),
  ]);
  clearTimeout(connectTimeout);
  await new Promise((r) => setTimeout(r, 300));

  const cpuBefore = server.cpuSeconds();
  const clientCpuBefore = process.cpuUsage();
  const deadline = Date.now() + options.timeoutMs;
  const started = now();
  let sentInserts = 0;
  for (let k = 0; k < count; k++) {
    while (sentInserts - resolvedByFirstProbe > options.window) {
      if (Date.now() > deadline) throw new Error(`${server.name}: timed out after ${k} of ${count} updates`);
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 50);
      });
    }
    sentAt[k] = now();
    senders[workload.writer[k]!]!.sendBinary(workload.frames[k]!);
    if (workload.clockEnd[k]! >= 0) sentInserts++;
    // Let sockets flush and readers run now and then, as a real network would.
    if ((k & 63) === 63) await new Promise((r) => setImmediate(r));
  }
  workload.sentinels.forEach((frame, w) => senders[w]!.sendBinary(frame));

  // Probes finish when every writer's sentinel arrived; the others when they have as many bytes as the first probe.
  const probes = readers.slice(0, options.probes);
  while (probes.some((r) => !r.doneAt)) {
    if (Date.now() > deadline)
      throw new Error(`${server.name}: timed out waiting for the last updates to reach every probe`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const target = readers[0]!.syncBytes;
  while (readers.some((r) => r.syncBytes < target)) {
    if (Date.now() > deadline) throw new Error(`${server.name}: timed out waiting for every reader`);
    for (const r of readers) if (!r.doneAt && r.syncBytes >= target) r.doneAt = now();
    await new Promise((r) => setTimeout(r, 5));
  }
  for (const r of readers) if (!r.doneAt) r.doneAt = now();
  const finished = Math.max(...readers.map((r) => r.doneAt));
  const seconds = (finished - started) / 1000;
  const serverCpuSeconds = server.cpuSeconds() - cpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);

  // Latency: for every insert, the first moment each probe's clock for its writer reached it.
  const latencies: number[] = [];
  for (const probe of probes) {
    for (let w = 0; w < writers; w++) {
      const { clock, at } = probe.receipts![w]!;
      let j = 0;
      for (const k of insertsOf[w]!) {
        while (j < clock.length && clock[j]! < workload.clockEnd[k]!) j++;
        if (j < clock.length) latencies.push(at[j]! - sentAt[k]!);
      }
    }
  }
  const sorted = Float64Array.from(latencies).sort();

  // Content: the first reader's stream applied to a fresh doc; every other reader received the same bytes.
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const payload of readers[0]!.stored!) {
      const message = decodeMessage(payload);
      if (message.type === 'update' || message.type === 'sync-step-2') Y.applyUpdate(doc, message.update);
    }
  });
  const firstOk = documentText(doc) === workload.endContent;
  const digests = readers.map((r) => r.hash.digest('hex'));
  const readersWithEndContent = firstOk ? digests.filter((d) => d === digests[0]).length : 0;

  for (const r of readers) r.socket.close();
  for (const s of senders) s.close();
  if (failures.length) throw failures[0];

  return {
    server: server.name,
    updates: count,
    seconds,
    updatesPerSecond: count / seconds,
    latencyMs: {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      samples: sorted.length,
    },
    serverCpuSeconds,
    serverCpuPercentOfOneCore: (100 * serverCpuSeconds) / seconds,
    serverPeakRssMb: server.peakRss() / 1024 / 1024,
    clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
    readersWithEndContent,
    readers: readers.length,
    bytesPerReader: readers[0]!.syncBytes,
    framesPerReader: readers[0]!.socket.frames,
  };
}
