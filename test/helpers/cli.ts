/**
 * The `accord` CLI as an operator runs it (a child process on a data directory), and the
 * project's SQLite driver for tests that look into the database file directly.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { serverArgs } from './server-build.js';

const root = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `accord ...args` on `dataDir`; `stdin` is piped in when given; `env` adds variables (e.g. ACCORD_DATABASE_URL). */
export function runCli(
  dataDir: string,
  args: readonly string[],
  stdin?: string,
  env: Record<string, string> = {},
): Promise<CliResult> {
  const child = spawn(process.execPath, [...serverArgs('cli'), ...args], {
    cwd: root,
    env: { ...process.env, ACCORD_DATA_DIR: dataDir, ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (stdin !== undefined) child.stdin!.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolvePromise) => child.once('close', (code) => resolvePromise({ code, stdout, stderr })));
}

/** The few better-sqlite3 calls tests use; the test package does not depend on it, the server does. */
export interface SqliteDb {
  prepare(sql: string): {
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
    run(...params: unknown[]): unknown;
  };
  pragma(source: string, options: { simple: true }): unknown;
  close(): void;
}

export const Database = createRequire(join(root, 'server/package.json'))('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean },
) => SqliteDb;
