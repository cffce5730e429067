/**
 * The two servers under test, each as its own child process on a loopback port: Accord
 * with durable SQLite writes, and the reference y-websocket server, which persists nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { ensureServerBuilt, serverArgs } from '../helpers/server-build.js';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpuSeconds, peakRss, stopChild } from './proc.js';
import { tmpdir } from 'node:os';

const root = resolve(import.meta.dirname, '../..');

export interface ServerUnderTest {
  name: string;
  pid: number;
  /** WebSocket URL of the benchmark document. */
  docUrl: string;
  /** CPU seconds (user + system) used so far. */
  cpuSeconds(): number;
  /** Peak resident set size so far, in bytes. */
  peakRss(): number;
  stop(): Promise<void>;
}

/** A port free on loopback right now. */
export const freePort = (): Promise<number> =>
  new Promise((r) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => r(port));
    });
  });

function procStats(pid: number) {
  return { cpuSeconds: () => cpuSeconds(pid), peakRss: () => peakRss(pid) };
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 30 s:\n${log}`)), 30_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (pattern.test(log)) {
        clearTimeout(timer);
        resolvePromise();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}:\n${log}`)));
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () => stopChild(child);
}

/** The reference: @y/websocket-server 0.1.1, no persistence (YPERSISTENCE unset). */
export async function startReference(): Promise<ServerUnderTest> {
  const port = await freePort();
  const require = createRequire(join(root, 'test', 'package.json'));
  const entry = join(dirname(require.resolve('@y/websocket-server/package.json')), 'src', 'server.js');
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  delete env.YPERSISTENCE;
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForLine(child, /running at/, 'the reference server');
  const stats = procStats(child.pid!);
  return {
    name: '@y/websocket-server 0.1.1 (no persistence)',
    pid: child.pid!,
    docUrl: `ws://127.0.0.1:${port}/bench`,
    ...stats,
    stop: stopper(child),
  };
}

export interface AccordServerOptions {
  /** False turns the update schema check off (ACCORD_CHECK_UPDATES), to measure what it costs. */
  checkUpdates?: boolean;
  /** More environment for the server process. */
  env?: Record<string, string>;
  /** An existing data directory to start on (kept afterwards); default a fresh one, removed on stop. */
  dataDir?: string;
  /** `tsx`: the TypeScript sources, as in development; default the production build (built first when stale). */
  server?: 'built' | 'tsx';
}

/**
 * Accord with its defaults: SQLite in WAL mode, synchronous=FULL, every update checked against
 * the document schema and on disk before it is relayed. `checkUpdates: false` turns the check
 * off (ACCORD_CHECK_UPDATES), to measure what it costs.
 */
export async function startAccordServer(options: AccordServerOptions = {}): Promise<ServerUnderTest> {
  const checkUpdates = options.checkUpdates ?? true;
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'accord-bench-'));
  if ((options.server ?? 'built') === 'built') await ensureServerBuilt();
  const child = spawn(process.execPath, serverArgs('main', options.server ?? 'built'), {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      ACCORD_DATA_DIR: dataDir,
      ACCORD_LOG_LEVEL: 'warn',
      // The benchmark is one IP opening every connection and writing as fast as it can:
      // exactly what the abuse limits stop. They are lifted here, not measured.
      ACCORD_LIMIT_CONNECTS_BURST: '100000',
      ACCORD_LIMIT_MESSAGES_PER_SECOND: '10000000',
      ACCORD_LIMIT_MESSAGES_BURST: '10000000',
      ACCORD_LIMIT_BYTES_PER_SECOND: String(1024 * 1024 * 1024),
      ACCORD_CHECK_UPDATES: String(checkUpdates),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept so that a failed start says why.
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  // With the log at warn, "listening" is not printed: poll /healthz instead.
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Accord exited with ${child.exitCode}:\n${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > 30_000) {
      child.kill('SIGKILL');
      throw new Error(`Accord did not start in 30 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const token = await tokenFor(`http://127.0.0.1:${port}`, demo.member);
  const created = await fetch(`http://127.0.0.1:${port}/api/workspaces/demo/documents`, {
    method: 'POST',
    headers: bearer(await tokenFor(`http://127.0.0.1:${port}`, demo.coordinator)),
    body: JSON.stringify({ title: 'Benchmark' }),
  });
  if (created.status !== 201) throw new Error(`creating the benchmark document answered ${created.status}`);
  const { id } = (await created.json()) as { id: string };
  const stats = procStats(child.pid!);
  const stop = stopper(child);
  return {
    name: `Accord (SQLite, synchronous=FULL, durable before relay, update check ${checkUpdates ? 'on' : 'off'})`,
    pid: child.pid!,
    docUrl: `ws://127.0.0.1:${port}/collab/${id}?token=${token}`,
    ...stats,
    stop: async () => {
      await stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
