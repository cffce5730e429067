/**
 * `pnpm bench`: the fan-out benchmark. Replays the automerge-paper trace from 10 writers to
 * 50 readers on one document, against the reference y-websocket server and against Accord
 * without and with its update schema check, one after the other on this machine, and writes
 * the figures to bench/results/ (with the check's throughput as a share of the unchecked run's).
 *
 *   pnpm bench            the whole trace (259,778 updates)
 *   pnpm bench --quick    the first 20,000 updates
 *   pnpm bench --only accord-unchecked,accord    some contenders only (reference, accord-unchecked, accord)
 */
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runScenario, type ScenarioResult } from './scenario.js';
import { startAccordServer, startReference, type ServerUnderTest } from './servers.js';
import { ATTRIBUTION, buildWorkload } from './trace.js';
import { measureUpdateCheck } from './update-check.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, window: { type: 'string' }, only: { type: 'string' } },
});
const limit = values.quick ? 20_000 : undefined;
const options = { readers: 50, probes: 5, window: Number(values.window ?? 20), timeoutMs: 5 * 60_000 };

const started = performance.now();
const workload = buildWorkload(limit);
console.log(
  `workload: ${workload.frames.length} updates from ${workload.writers} writers, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const checkCost = measureUpdateCheck(workload);
console.log(
  `update check in process: ${checkCost.withCheckUs.toFixed(1)} µs CPU per update with it, ${checkCost.withoutCheckUs.toFixed(1)} µs without (${checkCost.percent.toFixed(1)} %)`,
);

const contenders: [string, () => Promise<ServerUnderTest>][] = [
  ['reference', startReference],
  ['accord-unchecked', () => startAccordServer({ checkUpdates: false })],
  ['accord', () => startAccordServer()],
];
const resultOf: Record<string, ScenarioResult> = {};
const results: (ScenarioResult | { server: string; error: string })[] = [];
let running: ServerUnderTest | undefined;
// Ctrl-C must not leave a server process behind.
process.once('SIGINT', () => {
  void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});

for (const [key, start] of contenders) {
  if (values.only && !values.only.split(',').includes(key)) continue;
  let server: ServerUnderTest | undefined;
  try {
    server = running = await start();
    console.log(`running against ${server.name} …`);
    const result = await runScenario(server, workload, options);
    results.push(result);
    resultOf[key] = result;
    console.log(
      `  ${result.updatesPerSecond.toFixed(0)} updates/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms, ` +
        `server CPU ${result.serverCpuSeconds.toFixed(1)} s, RSS ${result.serverPeakRssMb.toFixed(0)} MB, ` +
        `${result.readersWithEndContent}/${result.readers} readers with endContent`,
    );
  } catch (error) {
    console.error(`  failed: ${(error as Error).message}`);
    results.push({ server: server?.name ?? key, error: (error as Error).message });
  } finally {
    await server?.stop();
    running = undefined;
  }
}

// The update check's cost: Accord's throughput with it, as a share of the same run without it.
const checked = resultOf['accord'];
const unchecked = resultOf['accord-unchecked'];
const updateCheck =
  checked && unchecked
    ? {
        withCheck: checked.updatesPerSecond,
        withoutCheck: unchecked.updatesPerSecond,
        percent: (100 * checked.updatesPerSecond) / unchecked.updatesPerSecond,
        serverCpuPerUpdateUs: {
          withCheck: (1e6 * checked.serverCpuSeconds) / checked.updates,
          withoutCheck: (1e6 * unchecked.serverCpuSeconds) / unchecked.updates,
        },
      }
    : undefined;

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
const row = (r: ScenarioResult | { server: string; error: string }) =>
  'error' in r
    ? `| ${r.server} | failed: ${r.error} | | | | | | | |`
    : `| ${r.server} | ${r.updatesPerSecond.toFixed(0)} | ${r.latencyMs.p50.toFixed(1)} | ${r.latencyMs.p99.toFixed(1)} | ${r.latencyMs.max.toFixed(1)} | ` +
      `${r.serverCpuSeconds.toFixed(1)} s (${r.serverCpuPercentOfOneCore.toFixed(0)} %) | ${r.serverPeakRssMb.toFixed(0)} MB | ` +
      `${r.readersWithEndContent}/${r.readers} | ${(r.bytesPerReader / 1024 / 1024).toFixed(1)} MB in ${r.framesPerReader} frames | ${r.clientCpuSeconds.toFixed(1)} s |`;
const markdown = [
  `# Fan-out benchmark — ${new Date().toISOString()}`,
  '',
  `${workload.frames.length} Yjs updates (${limit ? 'first 20,000 edits of ' : ''}${ATTRIBUTION}, typed into one paragraph of an Accord document as @lexical/yjs stores it) from 10 writers, 50 readers, one document.`,
  `Window: at most ${options.window} insert updates in flight (writers wait for the first probe reader). Latency: send → receipt at each of ${options.probes} probe readers (inserts only; deletes carry no clock).`,
  "Every reader hashes the document traffic it receives; one reader applies it to a fresh Y.Doc and compares with the trace's endContent, the others must have received the same bytes.",
  `Machine: ${machine}; clients and server share it.`,
  '',
  '| server | updates/s | p50 ms | p99 ms | max ms | server CPU | peak RSS | readers with endContent | received per reader | client CPU |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(row),
  '',
  ...(updateCheck
    ? [
        `Update schema check (issue 12): ${updateCheck.withCheck.toFixed(0)} updates/s with it, ${updateCheck.withoutCheck.toFixed(0)} without: ` +
          `**${updateCheck.percent.toFixed(1)} %** of the unchecked throughput (requirement: at least 90 %); ` +
          `server CPU ${updateCheck.serverCpuPerUpdateUs.withCheck.toFixed(0)} µs per update with it, ${updateCheck.serverCpuPerUpdateUs.withoutCheck.toFixed(0)} µs without.`,
        '',
      ]
    : []),
  `The same in process, without sockets or SQLite (decode and apply each update, with and without the check; best of 3 alternated runs, CPU time): ` +
    `${checkCost.withCheckUs.toFixed(1)} µs per update with it, ${checkCost.withoutCheckUs.toFixed(1)} µs without: ${checkCost.percent.toFixed(1)} % — the check's whole cost, before storage and fan-out dilute it.`,
  '',
].join('\n');
console.log('\n' + markdown);

const dir = new URL('./results/', import.meta.url);
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(
  new URL(`fanout-${stamp}.json`, dir),
  JSON.stringify({ machine, options, updates: workload.frames.length, results, updateCheck, checkCost }, null, 2),
);
writeFileSync(new URL(`fanout-${stamp}.md`, dir), markdown);
writeFileSync(new URL('latest.md', dir), markdown);
process.exit(results.some((r) => 'error' in r) ? 1 : 0);
