/**
 * `pnpm bench scale-out`: the fan-out trace (trace.ts, the automerge-paper edits typed by 10
 * writers) with its clients split across instances (issue 16): one Accord on SQLite, one on
 * PostgreSQL, then two and three on PostgreSQL and Redis, each on a fresh database. Reader `r`
 * connects to instance `r mod n`, the writers to the first (`--split-writers`: writer `w` to
 * instance `w mod n` too), so most readers get the edits across Redis. Figures: throughput,
 * fan-out latency (p50, p99, and p99 of deliveries
 * across instances only), server CPU per update over all instances; written to
 * bench/results/scale-out-*.md and .json. Short (well under a minute) and not part of `npm test`.
 *
 *   pnpm bench scale-out                       10,000 updates, 20 readers
 *   pnpm bench scale-out --updates 20000 --readers 30
 *   pnpm bench scale-out --only sqlite,pg,pg2,pg3
 *   pnpm bench scale-out --split-writers      writers on every instance too
 *
 * PostgreSQL and Redis come from DATABASE_URL and REDIS_URL (as for the tests); without them
 * only the SQLite run happens, and the results say so.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { canScaleOut, freshDatabase, scaleOut, type FreshDatabase } from '../scale-out/cluster.js';
import { machine, writeResults } from './results-file.js';
import { runSplit, type SplitResult } from './scale-out-run.js';
import { startAccordServer, type ServerUnderTest } from './servers.js';
import { ATTRIBUTION, buildWorkload } from './trace.js';

const { values } = parseArgs({
  options: {
    updates: { type: 'string' },
    readers: { type: 'string' },
    window: { type: 'string' },
    only: { type: 'string' },
    'split-writers': { type: 'boolean' },
  },
});
const limit = Number(values.updates ?? 10_000);
const options = {
  readers: Number(values.readers ?? 20),
  window: Number(values.window ?? 20),
  splitWriters: values['split-writers'] ?? false,
  timeoutMs: 60_000,
};

interface Contender {
  key: string;
  name: string;
  instances: number;
  database: 'sqlite' | 'postgres';
}
const contenders = (
  [
    { key: 'sqlite', name: '1 instance, SQLite', instances: 1, database: 'sqlite' },
    { key: 'pg', name: '1 instance, PostgreSQL', instances: 1, database: 'postgres' },
    { key: 'pg2', name: '2 instances, PostgreSQL + Redis', instances: 2, database: 'postgres' },
    { key: 'pg3', name: '3 instances, PostgreSQL + Redis', instances: 3, database: 'postgres' },
  ] satisfies Contender[] as Contender[]
).filter((c) => !values.only || values.only.split(',').includes(c.key));
const skipped = canScaleOut ? [] : contenders.filter((c) => c.database === 'postgres');
if (skipped.length) console.log('DATABASE_URL or REDIS_URL is unset: only the SQLite run happens');

/** The same benchmark document on another instance: its URL with another host and port. */
function onInstance(server: ServerUnderTest, docUrl: string): ServerUnderTest {
  const url = new URL(server.docUrl);
  const doc = new URL(docUrl);
  url.pathname = doc.pathname;
  url.search = doc.search;
  return { ...server, docUrl: url.toString() };
}

/** Starts the instances of `contender`; all serve one document (created on the first). */
async function startInstances(contender: Contender): Promise<{ servers: ServerUnderTest[]; stop(): Promise<void> }> {
  if (contender.database === 'sqlite') {
    const server = await startAccordServer();
    return { servers: [server], stop: () => server.stop() };
  }
  const database: FreshDatabase = await freshDatabase(`bench_${contender.key}`);
  const servers: ServerUnderTest[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  };
  try {
    // One prefix for the instances of this run (they must hear each other), none other's.
    const prefix = `accord-bench:${randomBytes(3).toString('hex')}:`;
    const env = (i: number): Record<string, string> => ({
      ACCORD_DATABASE_URL: database.url,
      ...(contender.instances > 1
        ? {
            ACCORD_REDIS_URL: scaleOut.redisUrl!,
            ACCORD_REDIS_PREFIX: prefix,
          }
        : {}),
      ACCORD_INSTANCE_ID: `bench-${contender.key}-${i}`,
    });
    // The first alone (it migrates and seeds), then the others together.
    servers.push(await startAccordServer({ env: env(0) }));
    const others = await Promise.allSettled(
      Array.from({ length: contender.instances - 1 }, (_, i) => startAccordServer({ env: env(i + 1) })),
    );
    for (const other of others)
      if (other.status === 'fulfilled') servers.push(onInstance(other.value, servers[0]!.docUrl));
    const failed = others.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
    return { servers, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const started = performance.now();
const workload = buildWorkload(limit);
console.log(
  `workload: ${workload.frames.length} updates from ${workload.writers} writers, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const rows: { contender: Contender; result: SplitResult | { error: string } }[] = [];
let running: { stop(): Promise<void> } | undefined;
process.once('SIGINT', () => {
  void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});
const loadAtStart = loadavg();
for (const contender of contenders) {
  if (skipped.includes(contender)) continue;
  try {
    const { servers, stop } = (running = await startInstances(contender));
    try {
      console.log(`running against ${contender.name} …`);
      const result = await runSplit(servers, workload, options);
      rows.push({ contender, result });
      console.log(
        `  ${result.updatesPerSecond.toFixed(0)} updates/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms, ` +
          `p99 across instances ${result.acrossMs.p99.toFixed(1)} ms, ${result.instancesWithEndContent}/${result.instances} instances' readers with endContent`,
      );
    } finally {
      await stop();
      running = undefined;
    }
  } catch (error) {
    console.error(`  failed: ${(error as Error).message}`);
    rows.push({ contender, result: { error: (error as Error).message } });
  }
}

const fixed = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const row = ({ contender, result: r }: (typeof rows)[number]) =>
  'error' in r
    ? `| ${contender.name} | failed: ${r.error.split('\n')[0]} | | | | | | |`
    : `| ${contender.name} | ${r.updatesPerSecond.toFixed(0)} | ${fixed(r.latencyMs.p50)} | ${fixed(r.latencyMs.p99)} | ${fixed(r.acrossMs.p99)} | ` +
      `${r.serverCpuSeconds.toFixed(1)} s, ${((1e6 * r.serverCpuSeconds) / r.updates).toFixed(0)} µs/update | ${r.serverPeakRssMb.map((m) => m.toFixed(0)).join(' + ')} MB | ` +
      `${r.readersComplete}/${r.readers}, ${r.instancesWithEndContent}/${r.instances} |`;
const markdown = [
  `# Scale-out benchmark — ${new Date().toISOString()}`,
  '',
  `${workload.frames.length} Yjs updates (first ${limit.toLocaleString('en')} edits of ${ATTRIBUTION}, typed into one paragraph of an Accord document) from ${workload.writers} writers, ${options.readers} readers, one document.`,
  `Reader r connects to instance r mod n (n instances), ${options.splitWriters ? 'writer w to instance w mod n' : 'every writer to the first'}. Every instance stores each update in its database before relaying it; with several, instances exchange them through Redis. Window: at most ${options.window} insert updates in flight (measured at the first reader of the last instance, so that with several the writers wait for delivery across Redis).`,
  ...(options.splitWriters
    ? [
        'Split writers: each trace edit builds on the one before, sent by another writer, often to another instance; an instance holds an edit until the one it builds on has arrived (through Redis), so the figures include that wait.',
      ]
    : []),
  'Latency: send → receipt at each reader (inserts only), from the Yjs clocks each received update carries; "across" counts only deliveries to readers on another instance than the writer. Server CPU: all instances together; peak RSS: each instance.',
  "Complete: readers that received every update; endContent: instances whose first reader, applying what it received to a fresh Y.Doc, has the trace's end text.",
  `Machine: ${machine()}; clients, every instance, PostgreSQL and Redis share it. Load average (1, 5, 15 min) at start: ${loadAtStart.map((l) => l.toFixed(1)).join(', ')}; at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}.`,
  ...(skipped.length
    ? ['', `Not run (DATABASE_URL or REDIS_URL unset): ${skipped.map((c) => c.name).join('; ')}.`]
    : []),
  '',
  '| configuration | updates/s | p50 ms | p99 ms | p99 across instances ms | server CPU | peak RSS | complete, endContent |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(row),
].join('\n');
console.log(`\n${markdown}`);
const path = writeResults('scale-out', { options, updates: workload.frames.length, runs: rows }, markdown);
console.log(`\nwritten to ${path}`);
process.exitCode = rows.some((r) => 'error' in r.result) ? 1 : 0;
