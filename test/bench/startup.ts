/**
 * `pnpm bench startup`: how long a server takes from process spawn to answering, and the memory
 * it holds once started and idle. Accord as `npm start` runs it (the build in server/dist/),
 * Accord from its TypeScript sources through tsx (development, for comparison) and the reference
 * `@y/websocket-server`, alternated round by round so that a busy moment of a shared machine
 * does not land on one server only.
 *
 * Accord is ready at its first `/healthz` 200, the reference when its port answers HTTP. Each
 * Accord variant starts on a fresh data directory (the demo is seeded: people with scrypt
 * hashes, eight documents, a round) and on an existing, already seeded one (every later start).
 *
 *   pnpm bench startup                 7 runs of each, 2 s idle before the idle reading
 *   pnpm bench startup --runs 3        fewer runs
 *   pnpm bench startup --idle 5        seconds idle before reading the idle memory
 *   pnpm bench startup --only built    one server (built, tsx, reference)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureServerBuilt, serverArgs } from '../helpers/server-build.js';
import { machine, writeResults } from './results-file.js';
import { cpuSeconds, rss, stopChild } from './proc.js';
import { freePort } from './servers.js';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, idle: { type: 'string' }, only: { type: 'string' } },
});
const runs = Number(values.runs ?? 7);
const idleMs = Number(values.idle ?? 2) * 1000;
const root = resolve(import.meta.dirname, '../..');

type Variant = 'built' | 'tsx' | 'reference';

interface Sample {
  /** Spawn to first answer. */
  readyMs: number;
  /** CPU (user + system) the process had used when it first answered. */
  cpuMs: number;
  rssReady: number;
  rssIdle: number;
}

const cpuMs = (pid: number): number => cpuSeconds(pid) * 1000;

function command(variant: Variant, port: number, dataDir: string): { args: string[]; env: NodeJS.ProcessEnv } {
  if (variant === 'reference') {
    const require = createRequire(join(root, 'test', 'package.json'));
    const entry = join(dirname(require.resolve('@y/websocket-server/package.json')), 'src', 'server.js');
    const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
    delete env.YPERSISTENCE;
    return { args: [entry], env };
  }
  return {
    args: serverArgs('main', variant),
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ACCORD_DATA_DIR: dataDir, ACCORD_LOG_LEVEL: 'warn' },
  };
}

/** Polls until the server answers; the reference answers any path, Accord's readiness is /healthz 200. */
async function untilReady(child: ChildProcess, url: string, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${stderr()}`);
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer ${url} in 60 s:\n${stderr()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** One start: spawn, wait until it answers, read CPU and memory, idle, read memory again, stop. */
async function startOnce(variant: Variant, dataDir: string, measureIdle: boolean): Promise<Sample> {
  const port = await freePort();
  const { args, env } = command(variant, port, dataDir);
  const url = `http://127.0.0.1:${port}${variant === 'reference' ? '/' : '/healthz'}`;
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  try {
    await untilReady(child, url, () => stderr);
    const readyMs = performance.now() - started;
    const sample = { readyMs, cpuMs: cpuMs(child.pid!), rssReady: rss(child.pid!), rssIdle: 0 };
    if (measureIdle) {
      await new Promise((r) => setTimeout(r, idleMs));
      sample.rssIdle = rss(child.pid!);
    }
    return sample;
  } finally {
    await stopChild(child);
  }
}

const variants = (['built', 'tsx', 'reference'] as const).filter((v) => !values.only || v === values.only);
if (variants.length === 0) {
  console.error(`--only takes one of: built, tsx, reference`);
  process.exit(2);
}
if (variants.includes('built')) console.log(await ensureServerBuilt());

// One seeded data directory per Accord variant, made by a start that is not measured.
const existing = new Map<Variant, string>();
for (const variant of variants) {
  if (variant === 'reference') continue;
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-startup-'));
  await startOnce(variant, dir, false);
  existing.set(variant, dir);
}

const samples = new Map<string, Sample[]>();
const record = (key: string, sample: Sample) => samples.set(key, [...(samples.get(key) ?? []), sample]);
try {
  for (let run = 1; run <= runs; run++) {
    for (const variant of variants) {
      if (variant === 'reference') {
        record('reference', await startOnce(variant, '', true));
        continue;
      }
      const fresh = mkdtempSync(join(tmpdir(), 'accord-bench-startup-'));
      try {
        record(`${variant} fresh`, await startOnce(variant, fresh, true));
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
      record(`${variant} existing`, await startOnce(variant, existing.get(variant)!, true));
    }
    process.stdout.write(`run ${run}/${runs} done\n`);
  }
} finally {
  for (const dir of existing.values()) rmSync(dir, { recursive: true, force: true });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const names: Record<string, string> = {
  'built fresh': 'Accord, built (`npm start`) — fresh data dir',
  'built existing': 'Accord, built (`npm start`) — existing data dir',
  'tsx fresh': 'Accord from TypeScript via tsx (dev) — fresh data dir',
  'tsx existing': 'Accord from TypeScript via tsx (dev) — existing data dir',
  reference: '@y/websocket-server 0.1.1 (no persistence)',
};
const results = [...samples].map(([key, list]) => {
  const ready = list.map((s) => s.readyMs);
  return {
    key,
    server: names[key] ?? key,
    runs: list.length,
    readyMsMedian: Math.round(median(ready)),
    readyMsMin: Math.round(Math.min(...ready)),
    readyMsMax: Math.round(Math.max(...ready)),
    cpuMsMedian: Math.round(median(list.map((s) => s.cpuMs))),
    rssReadyMedian: median(list.map((s) => s.rssReady)),
    rssIdleMedian: median(list.map((s) => s.rssIdle)),
    samples: list,
  };
});

const markdown = [
  '# Start-up time and idle memory',
  '',
  `Spawn to ready (Accord: first \`/healthz\` 200; reference: its port answers HTTP), median of ${runs} runs per row, the servers alternated run by run; CPU is the process's user + system time when it first answered; RSS when ready and after ${idleMs / 1000} s idle. "Fresh" seeds the demo (six people with scrypt password hashes, eight documents, a consultation round); "existing" starts on a data directory an earlier start seeded.`,
  `Machine: ${machine()}; the benchmark's own process shares it.`,
  '',
  '| server | ready ms (median) | min–max | CPU ms at ready | RSS ready | RSS idle |',
  '|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.server} | ${r.readyMsMedian} | ${r.readyMsMin}–${r.readyMsMax} | ${r.cpuMsMedian} | ${mb(r.rssReadyMedian)} | ${mb(r.rssIdleMedian)} |`,
  ),
].join('\n');
console.log(`\n${markdown}`);
console.log(`\nwritten to ${writeResults('startup', { runs, idleMs, results }, markdown)}`);
