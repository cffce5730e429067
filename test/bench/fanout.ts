/**
 * `pnpm bench`: the fan-out benchmark. Replays the automerge-paper trace from 10 writers to
 * 50 readers on one document, against the reference y-websocket server and against Accord
 * with every hot-path guard, without any (accord-bare: ACCORD_BENCH_UNGUARDED), and without
 * only the update schema check (accord-unchecked), one after the other on this machine, and
 * writes the figures to bench/results/ (fanout-*.md and .json): the guarded throughput as a
 * share of the bare one, and the check's as a share of the unchecked one. Accord's runs
 * alternate (bare, guarded, unchecked, bare, guarded, unchecked…) `--repeat` times.
 *
 *   pnpm bench            the whole trace (259,778 updates)
 *   pnpm bench --quick    the first 20,000 updates
 *   pnpm bench --only accord-bare,accord    some contenders only (reference, accord-bare, accord, accord-unchecked)
 *   pnpm bench --repeat 3                   rounds of Accord's runs (default 2)
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { guardSection } from './fanout-guards.js';
import { measureGuardCosts } from './guard-costs.js';
import { machine, writeResults } from './results-file.js';
import { runScenario, type ScenarioResult } from './scenario.js';
import { startAccordServer, startReference, type ServerUnderTest } from './servers.js';
import { ATTRIBUTION, buildWorkload } from './trace.js';
import { measureUpdateCheck } from './update-check.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    window: { type: 'string' },
    only: { type: 'string' },
    repeat: { type: 'string' },
  },
});
const limit = values.quick ? 20_000 : undefined;
const options = { readers: 50, probes: 5, window: Number(values.window ?? 20), timeoutMs: 5 * 60_000 };
const repeat = Math.max(1, Number(values.repeat ?? 2));
const chosen = (key: string): boolean => !values.only || values.only.split(',').includes(key);

const started = performance.now();
const workload = buildWorkload(limit);
console.log(
  `workload: ${workload.frames.length} updates from ${workload.writers} writers, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const checkCost = measureUpdateCheck(workload);
console.log(
  `update check in process: ${checkCost.withCheckUs.toFixed(1)} µs CPU per update with it, ${checkCost.withoutCheckUs.toFixed(1)} µs without (${checkCost.percent.toFixed(1)} %)`,
);
const guardCosts = await measureGuardCosts(workload, options.readers + workload.writers);
for (const c of guardCosts.costs) {
  console.log(`${c.guard} in process: +${c.addedUs.toFixed(3)} µs CPU per ${c.per}`);
}

const bare = { ACCORD_BENCH_UNGUARDED: 'true' };
const shortName: Record<string, string> = {
  'accord-bare': 'bare',
  accord: 'guarded',
  'accord-unchecked': 'unchecked',
};
const contenders: Record<string, () => Promise<ServerUnderTest>> = {
  reference: startReference,
  'accord-bare': async () => ({
    ...(await startAccordServer({ env: bare })),
    name: 'Accord, every guard off (ACCORD_BENCH_UNGUARDED: no update check, metrics, access re-checks or rate limits)',
  }),
  accord: () => startAccordServer(),
  'accord-unchecked': () => startAccordServer({ checkUpdates: false }),
};
// The reference once; Accord's variants alternated, round after round, so a slow spell of a
// shared machine falls on each of them rather than on one.
const order = [
  ...(chosen('reference') ? ['reference'] : []),
  ...Array.from({ length: repeat }, () => ['accord-bare', 'accord', 'accord-unchecked'].filter(chosen)).flat(),
];

/** Every run of each contender, in the order run. */
const runsOf: Record<string, ScenarioResult[]> = {};
const rows: { key: string; round: number; result: ScenarioResult | { server: string; error: string } }[] = [];
let running: ServerUnderTest | undefined;
// Ctrl-C must not leave a server process behind.
process.once('SIGINT', () => {
  void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});

const roundOf: Record<string, number> = {};
const loadAtStart = loadavg();
for (const key of order) {
  const round = (roundOf[key] = (roundOf[key] ?? 0) + 1);
  let server: ServerUnderTest | undefined;
  try {
    server = running = await contenders[key]!();
    console.log(`running against ${server.name}${key === 'reference' ? '' : ` (round ${round})`} …`);
    const result = await runScenario(server, workload, options);
    (runsOf[key] ??= []).push(result);
    rows.push({ key, round, result });
    console.log(
      `  ${result.updatesPerSecond.toFixed(0)} updates/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms, ` +
        `server CPU ${result.serverCpuSeconds.toFixed(1)} s, RSS ${result.serverPeakRssMb.toFixed(0)} MB, ` +
        `${result.readersWithEndContent}/${result.readers} readers with endContent`,
    );
  } catch (error) {
    console.error(`  failed: ${(error as Error).message}`);
    rows.push({ key, round, result: { server: server?.name ?? key, error: (error as Error).message } });
  } finally {
    await server?.stop();
    running = undefined;
  }
}

/** A contender's best throughput and lowest server CPU per update over its runs. */
const best = (key: string) => {
  const runs = runsOf[key];
  if (!runs?.length) return undefined;
  return {
    updatesPerSecond: Math.max(...runs.map((r) => r.updatesPerSecond)),
    cpuPerUpdateUs: Math.min(...runs.map((r) => (1e6 * r.serverCpuSeconds) / r.updates)),
    runs: runs.length,
  };
};
/** `a` against `b`: throughput as a share, CPU per update both ways, and the share in each round. */
const against = (a: string, b: string) => {
  const x = best(a);
  const y = best(b);
  if (!x || !y) return undefined;
  const rounds = runsOf[a]!.slice(0, runsOf[b]!.length).map(
    (r, i) => (100 * r.updatesPerSecond) / runsOf[b]![i]!.updatesPerSecond,
  );
  return {
    updatesPerSecond: { [a]: x.updatesPerSecond, [b]: y.updatesPerSecond },
    percent: (100 * x.updatesPerSecond) / y.updatesPerSecond,
    serverCpuPerUpdateUs: { [a]: x.cpuPerUpdateUs, [b]: y.cpuPerUpdateUs },
    cpuAddedPercent: (100 * (x.cpuPerUpdateUs - y.cpuPerUpdateUs)) / y.cpuPerUpdateUs,
    percentPerRound: rounds,
  };
};
const guards = against('accord', 'accord-bare');
const updateCheck = against('accord', 'accord-unchecked');

const row = ({ key, round, result: r }: (typeof rows)[number]) => {
  const name = key === 'reference' || repeat === 1 ? r.server : `${r.server}, round ${round}`;
  return 'error' in r
    ? `| ${name} | failed: ${r.error} | | | | | | | | |`
    : `| ${name} | ${r.updatesPerSecond.toFixed(0)} | ${r.latencyMs.p50.toFixed(1)} | ${r.latencyMs.p99.toFixed(1)} | ${r.latencyMs.max.toFixed(1)} | ` +
        `${r.serverCpuSeconds.toFixed(1)} s (${r.serverCpuPercentOfOneCore.toFixed(0)} %), ${((1e6 * r.serverCpuSeconds) / r.updates).toFixed(0)} µs/update | ${r.serverPeakRssMb.toFixed(0)} MB | ` +
        `${r.readersWithEndContent}/${r.readers} | ${(r.bytesPerReader / 1024 / 1024).toFixed(1)} MB in ${r.framesPerReader} frames | ${r.clientCpuSeconds.toFixed(1)} s |`;
};
const markdown = [
  `# Fan-out benchmark — ${new Date().toISOString()}`,
  '',
  `${workload.frames.length} Yjs updates (${limit ? 'first 20,000 edits of ' : ''}${ATTRIBUTION}, typed into one paragraph of an Accord document as @lexical/yjs stores it) from 10 writers, 50 readers, one document.`,
  `Window: at most ${options.window} insert updates in flight (writers wait for the first probe reader). Latency: send → receipt at each of ${options.probes} probe readers (inserts only; deletes carry no clock).`,
  "Every reader hashes the document traffic it receives; one reader applies it to a fresh Y.Doc and compares with the trace's endContent, the others must have received the same bytes.",
  `Accord's variants ran alternated, in this order: ${order
    .filter((k) => k !== 'reference')
    .map((k) => shortName[k])
    .join(', ')}; each on a fresh server and data directory. ` +
    "Comparisons take each variant's best throughput and lowest server CPU per update over its rounds (a busy machine only ever slows a run down), and give the share in each round too.",
  `Machine: ${machine()}; clients and server share it. Load average (1, 5, 15 min) when the runs started: ${loadAtStart.map((l) => l.toFixed(1)).join(', ')}; when they ended: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}.`,
  '',
  '| server | updates/s | p50 ms | p99 ms | max ms | server CPU | peak RSS | readers with endContent | received per reader | client CPU |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(row),
  '',
  ...guardSection({ guards, updateCheck, checkCost, guardCosts }),
].join('\n');
console.log('\n' + markdown);

const path = writeResults(
  'fanout',
  {
    options,
    repeat,
    order,
    loadAverage: { atStart: loadAtStart, atEnd: loadavg() },
    updates: workload.frames.length,
    runs: rows,
    guards,
    updateCheck,
    checkCost,
    guardCosts,
  },
  markdown,
);
console.log(`\nwritten to ${path}`);
process.exitCode = rows.some((r) => 'error' in r.result) ? 1 : 0;
