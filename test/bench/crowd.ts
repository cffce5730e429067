/**
 * `pnpm bench crowd`: 1,000 people on one document (issue 18). Every client moves its cursor
 * every 5 s (staggered: 200 presence updates/s in for 1,000 clients) while 10 of them type
 * 100 document updates/s in total (the automerge-paper trace, round robin over the writers).
 * Probes time the typing (send → receipt, from Yjs clocks) and the presence (send → receipt
 * of that clock); every client hashes the document updates it received, one verifier rebuilds
 * the text. Same run against @y/websocket-server and Accord, one after the other.
 *
 *   pnpm bench crowd                          1,000 clients, 30 s, 100 updates/s in total
 *   pnpm bench crowd --clients 200 --seconds 10
 *   pnpm bench crowd --rate 1000              10 writers × 100 updates/s
 *   pnpm bench crowd --only accord            one contender (reference, accord)
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { decodeMessage } from '@accord/protocol';
import { Swarm } from './crowd-swarm.js';
import { machine, writeResults } from './results-file.js';
import { startAccordServer, startReference, type ServerUnderTest } from './servers.js';
import { ATTRIBUTION, buildWorkload, documentText, type Workload } from './trace.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '30' },
    rate: { type: 'string', default: '100' },
    move: { type: 'string', default: '5' },
    probes: { type: 'string', default: '5' },
    drain: { type: 'string', default: '60' },
    only: { type: 'string' },
  },
});
const WRITERS = 10;
const options = {
  clients: Number(values.clients),
  seconds: Number(values.seconds),
  /** Document updates per second, all writers together. */
  rate: Number(values.rate),
  /** Seconds between two cursor moves of one client. */
  moveSeconds: Number(values.move),
  probes: Number(values.probes),
  /** Seconds the run waits after the typing for the last updates to arrive. */
  drainSeconds: Number(values.drain),
};
if (options.clients < WRITERS + options.probes)
  throw new Error(`--clients must be at least ${WRITERS + options.probes}`);

interface CrowdResult {
  server: string;
  assembleSeconds: number;
  typing: {
    sent: number;
    p50: number;
    p99: number;
    max: number;
    /** Insert receipts timed at the probes, of inserts × probes. */
    timed: number;
    expected: number;
  };
  /** Clients whose document traffic equals the verifier's, whose text is the expected one. */
  clientsWithEveryUpdate: number;
  verifierTextOk: boolean;
  presence: { sent: number; p50: number; p99: number; max: number; latestAtProbes: { min: number; max: number } };
  serverCpuPercent: number;
  serverPeakRssMb: number;
  clientCpuPercent: number;
  perClientPerSecond: { frames: number; docFrames: number; presenceFrames: number; kBytes: number };
  drainSeconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

async function until(what: string, timeoutMs: number, done: () => boolean, everyMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) {
      console.warn(`  gave up waiting for ${what} after ${timeoutMs / 1000} s`);
      return false;
    }
    await sleep(everyMs);
  }
  return true;
}

async function run(server: ServerUnderTest, workload: Workload): Promise<CrowdResult> {
  const swarm = new Swarm({ url: server.docUrl, clients: options.clients, writers: WRITERS, probes: options.probes });
  try {
    const connectStart = performance.now();
    await swarm.connect();
    // Everyone is in when every probe sees every client's first presence.
    await until('every presence at the probes', 120_000, () => swarm.presenceCurrentAtProbes().min === options.clients);
    // The paragraph the trace is typed into, before the clock starts.
    swarm.members[0]!.socket.sendBinary(workload.frames[0]!);
    await until('the paragraph at every client', 60_000, () => swarm.members.every((m) => m.docFrames > 0));
    const assembleSeconds = (performance.now() - connectStart) / 1000;
    console.log(`  ${options.clients} clients in and synced in ${assembleSeconds.toFixed(1)} s`);
    // A naive relay is still sending the arrivals' presence (n² frames) to the others: the
    // clock starts when nothing has arrived for 3 s (a starved server can pause for one).
    let frames = -1;
    await until(
      'the arrivals’ traffic to end',
      180_000,
      () => {
        const now = swarm.traffic().frames;
        const quiet = now === frames;
        frames = now;
        return quiet;
      },
      3000,
    );

    const count = workload.frames.length;
    const sentAt = new Float64Array(count);
    const cpuBefore = server.cpuSeconds();
    const clientCpuBefore = process.cpuUsage();
    const trafficBefore = swarm.traffic();
    const t0 = performance.now();
    const end = t0 + options.seconds * 1000;
    const movePeriodMs = options.moveSeconds * 1000;
    let moves = 0;
    let k = 1;
    for (let now = t0; now < end || k < count; now = performance.now()) {
      // Presence: move number s belongs to client s mod N, evenly spread over each period.
      const movesDue = Math.floor(((Math.min(now, end) - t0) / movePeriodMs) * options.clients);
      for (; moves < movesDue; moves++) swarm.movePresence(moves % options.clients);
      const typedDue = Math.min(count, 1 + Math.floor(((now - t0) / 1000) * options.rate));
      for (; k < typedDue; k++) {
        sentAt[k] = performance.now();
        swarm.members[workload.writer[k]!]!.socket.sendBinary(workload.frames[k]!);
      }
      await sleep(2);
    }
    const tEnd = performance.now();
    const windowSeconds = (tEnd - t0) / 1000;
    const serverCpu = server.cpuSeconds() - cpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const trafficAfter = swarm.traffic();

    // Drain: the sentinels mark "everything before arrived" at each probe.
    workload.sentinels.forEach((frame, w) => swarm.members[w]!.socket.sendBinary(frame));
    const sentinelClock = Array.from({ length: WRITERS }, (_, w) => {
      let last = 0;
      for (let j = 0; j < count; j++)
        if (workload.writer[j] === w && workload.clockEnd[j]! >= 0) last = workload.clockEnd[j]!;
      return last + 1;
    });
    const drainStart = performance.now();
    await until('the last updates at the probes', options.drainSeconds * 1000, () =>
      swarm.probes.every((p) => sentinelClock.every((c, w) => p.probe!.writerClock[w]! >= c)),
    );
    await until('every client to have the verifier’s bytes', 10_000, () =>
      swarm.members.every((m) => m.docBytes >= swarm.verifier.docBytes),
    );
    await until(
      'the latest presence at the probes',
      10_000,
      () => swarm.presenceCurrentAtProbes().min === options.clients,
    );
    const drainSeconds = (performance.now() - drainStart) / 1000;

    // Typing latency: for every insert, the first moment each probe's clock for its writer reached it.
    const latencies: number[] = [];
    let expected = 0;
    for (const probe of swarm.probes) {
      for (let w = 0; w < WRITERS; w++) {
        const { clock, at } = probe.probe!.receipts[w]!;
        let j = 0;
        for (let i = 1; i < count; i++) {
          if (workload.writer[i] !== w || workload.clockEnd[i]! < 0) continue;
          expected++;
          while (j < clock.length && clock[j]! < workload.clockEnd[i]!) j++;
          if (j < clock.length) latencies.push(at[j]! - sentAt[i]!);
        }
      }
    }
    const typing = Float64Array.from(latencies).sort();
    const presenceLatencies = Float64Array.from(swarm.probes.flatMap((p) => p.probe!.presenceLatencies)).sort();

    const doc = new Y.Doc();
    Y.transact(doc, () => {
      for (const frame of swarm.verifier.stored!) {
        const message = decodeMessage(frame);
        if (message.type === 'update' || message.type === 'sync-step-2') Y.applyUpdate(doc, message.update);
      }
    });
    const verifierTextOk = documentText(doc) === workload.endContent;
    const digests = swarm.members.map((m) => m.docHash.digest('hex'));
    const reference = digests[WRITERS]!;
    const perClient = (n: number) => n / options.clients / windowSeconds;

    return {
      server: server.name,
      assembleSeconds,
      typing: {
        sent: count - 1,
        p50: percentile(typing, 50),
        p99: percentile(typing, 99),
        max: typing[typing.length - 1] ?? NaN,
        timed: typing.length,
        expected,
      },
      clientsWithEveryUpdate: verifierTextOk ? digests.filter((d) => d === reference).length : 0,
      verifierTextOk,
      presence: {
        sent: moves,
        p50: percentile(presenceLatencies, 50),
        p99: percentile(presenceLatencies, 99),
        max: presenceLatencies[presenceLatencies.length - 1] ?? NaN,
        latestAtProbes: swarm.presenceCurrentAtProbes(),
      },
      serverCpuPercent: (100 * serverCpu) / windowSeconds,
      serverPeakRssMb: server.peakRss() / 1024 / 1024,
      clientCpuPercent: (100 * (clientCpu.user + clientCpu.system)) / 1e6 / windowSeconds,
      perClientPerSecond: {
        frames: perClient(trafficAfter.frames - trafficBefore.frames),
        docFrames: perClient(trafficAfter.docFrames - trafficBefore.docFrames),
        presenceFrames: perClient(trafficAfter.presenceFrames - trafficBefore.presenceFrames),
        kBytes: perClient(trafficAfter.bytes - trafficBefore.bytes) / 1024,
      },
      drainSeconds,
    };
  } finally {
    swarm.close();
    if (swarm.failures.length)
      console.warn(`  ${swarm.failures.length} socket errors, first: ${swarm.failures[0]!.message}`);
  }
}

const workload = buildWorkload(options.rate * options.seconds, WRITERS);
const contenders: [string, () => Promise<ServerUnderTest>][] = [
  ['reference', startReference],
  ['accord', () => startAccordServer()],
];
const results: (CrowdResult | { server: string; error: string })[] = [];
let running: ServerUnderTest | undefined;
process.once('SIGINT', () => {
  void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});
for (const [key, start] of contenders) {
  if (values.only && !values.only.split(',').includes(key)) continue;
  let server: ServerUnderTest | undefined;
  try {
    server = running = await start();
    console.log(`running against ${server.name} …`);
    const r = await run(server, workload);
    results.push(r);
    console.log(
      `  typing p50 ${r.typing.p50.toFixed(1)} ms, p99 ${r.typing.p99.toFixed(1)} ms, max ${r.typing.max.toFixed(0)} ms; ` +
        `${r.clientsWithEveryUpdate}/${options.clients} clients with every update; presence p99 ${r.presence.p99.toFixed(0)} ms; ` +
        `server CPU ${r.serverCpuPercent.toFixed(0)} %`,
    );
  } catch (error) {
    console.error(`  failed: ${(error as Error).message}`);
    results.push({ server: server?.name ?? key, error: (error as Error).message });
  } finally {
    await server?.stop();
    running = undefined;
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));
const row = (r: CrowdResult | { server: string; error: string }) =>
  'error' in r
    ? `| ${r.server} | failed: ${r.error} | | | | | | | |`
    : `| ${r.server} | ${ms(r.typing.p50)} / ${ms(r.typing.p99)} / ${ms(r.typing.max)} | ${r.typing.timed}/${r.typing.expected} | ` +
      `${r.clientsWithEveryUpdate}/${options.clients} | ${ms(r.presence.p50)} / ${ms(r.presence.p99)} / ${ms(r.presence.max)} | ` +
      `${r.presence.latestAtProbes.min}/${options.clients} | ${r.serverCpuPercent.toFixed(0)} % | ${r.serverPeakRssMb.toFixed(0)} MB | ` +
      `${r.perClientPerSecond.frames.toFixed(0)} (${r.perClientPerSecond.docFrames.toFixed(0)} doc + ${r.perClientPerSecond.presenceFrames.toFixed(0)} presence), ${r.perClientPerSecond.kBytes.toFixed(1)} kB | ` +
      `${r.clientCpuPercent.toFixed(0)} % | ${r.drainSeconds.toFixed(1)} s |`;
const markdown = [
  `# Crowd benchmark — ${new Date().toISOString()}`,
  '',
  `${options.clients} clients on one document for ${options.seconds} s. Each moves its cursor every ${options.moveSeconds} s ` +
    `(a Lexical-like presence state, staggered: ${(options.clients / options.moveSeconds).toFixed(0)} presence updates/s in), ` +
    `while ${WRITERS} of them type ${options.rate} document updates/s **in total** (${(options.rate / WRITERS).toFixed(0)}/s each; ${ATTRIBUTION}).`,
  `Typing latency: send → receipt at ${options.probes} probe clients (inserts, from Yjs clocks). "Every update": the client's document frames hash the same as the verifier's, whose rebuilt text is the expected one. ` +
    'Presence latency: a cursor move → that clock at a probe (moves coalesced away by a newer one are not timed); "latest presence": clients whose last move every probe saw.',
  `Server CPU and per-client traffic over the ${options.seconds} s of load; the drain is the time after it until everything arrived.`,
  `Machine: ${machine()}; clients and server share it; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} at the end.`,
  '',
  '| server | typing p50 / p99 / max ms | inserts timed | clients with every update | presence p50 / p99 / max ms | latest presence | server CPU (one core) | peak RSS | received per client per s | client CPU | drain |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(row),
  '',
].join('\n');
console.log('\n' + markdown);
console.log(`written to ${writeResults('crowd', { options, writers: WRITERS, results }, markdown)}`);
process.exit(results.some((r) => 'error' in r) ? 1 : 0);
