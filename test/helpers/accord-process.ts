/**
 * Runs Accord as a real child process on loopback, the way `npm start` does, so tests can
 * kill it with SIGKILL and start it again on the same data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bearer, demo, tokenFor } from './auth.js';
import { serverArgs } from './server-build.js';

const root = resolve(import.meta.dirname, '../..');

export interface AccordProcess {
  url: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr/stdout so far. */
  output(): string;
  /** SIGKILL: no shutdown hook runs, exactly like a crash. */
  kill(): Promise<void>;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  dataDir?: string;
  env?: Record<string, string>;
  /** Reuse a port (e.g. after a restart, so clients reconnect to the same URL). */
  port?: number;
  /** `tsx`: the TypeScript sources, as in development; default the build in server/dist/ (see server-build.ts). */
  server?: 'built' | 'tsx';
  /** Options for `node` itself, before the entry point (e.g. `--import` of a test hook). */
  nodeArgs?: string[];
}

/** A fresh temporary data directory, removed by {@link removeDir}. */
export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'accord-test-'));
export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Starts Accord and resolves once it listens; rejects with its output if it exits first. */
export function startAccord(options: StartOptions = {}): Promise<AccordProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...serverArgs('main', options.server)], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      ACCORD_DATA_DIR: dataDir,
      ACCORD_LOG_LEVEL: 'info',
      ACCORD_CLIENT_DIR: join(dataDir, 'no-client'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Accord did not start within 30 s:\n${log}`));
    }, 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      // Fields may come before url= (every line names the instance: instance=…).
      const match = /Accord is listening (?:\S+ )*?url=(http:\/\/[^\s]+)/.exec(log);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1]!;
      const port = Number(new URL(url).port);
      resolvePromise({
        url,
        wsUrl: `${url.replace(/^http/, 'ws')}/collab`,
        port,
        dataDir,
        child,
        output: () => log,
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Accord exited with ${code} before listening:\n${log}`));
    });
  });
}

/** Creates a document through the HTTP API (as the demo coordinator unless `token` says otherwise) and returns its id. */
export async function createDocument(
  accord: { url: string },
  title = 'Test document',
  workspace = 'demo',
  token?: string,
): Promise<string> {
  const response = await fetch(`${accord.url}/api/workspaces/${workspace}/documents`, {
    method: 'POST',
    headers: bearer(token ?? (await tokenFor(accord.url, demo.coordinator))),
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201)
    throw new Error(`creating a document answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
