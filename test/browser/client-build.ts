/**
 * What the browser tests need before any file starts — the built client and how to launch
 * Chromium — without vitest or the server, so the project's global setup (in vitest's main
 * process) and the per-file harness share one definition.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { LaunchOptions } from 'playwright-core';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const clientDir = join(repoRoot, 'client');

/** Debian's Chromium (never a downloaded browser), headless and quiet: no sandbox, GPU or background traffic. */
export const chromiumLaunchOptions = (): LaunchOptions => ({
  executablePath: process.env.ACCORD_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/**
 * Builds the client once per content: the build lands in a cache directory named by a hash of
 * everything it is made from (client/, the shared packages' sources, the lockfile), so reruns
 * that changed no client code skip the build. A stale dist cannot be served: any change to
 * those inputs is a new hash. Several runs (or files run without the global setup) may build
 * at once, so each build goes to a directory of its own and is renamed into place.
 */
export async function buildClientCached(): Promise<string> {
  // A build made beforehand (of a commit, while the checkout is mid-edit): served as it is, never deleted.
  const prebuilt = process.env.ACCORD_CLIENT_DIST;
  if (prebuilt) return prebuilt;
  const cacheRoot = join(tmpdir(), 'accord-client-builds');
  const target = join(cacheRoot, clientInputsHash());
  if (existsSync(join(target, 'index.html'))) return target;
  mkdirSync(cacheRoot, { recursive: true });
  const outDir = mkdtempSync(join(cacheRoot, 'building-'));
  await promisify(execFile)(
    join(clientDir, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: clientDir,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  pruneOldBuilds(cacheRoot);
  try {
    renameSync(outDir, target);
    return target;
  } catch {
    // Another build of the same inputs was renamed first: serve that one, ours is identical.
    if (!existsSync(join(target, 'index.html'))) return outDir;
    rmSync(outDir, { recursive: true, force: true });
    return target;
  }
}

/** Whether `dir` is a build {@link buildClientCached} keeps for later runs (callers must not delete it). */
export const isCachedBuild = (dir: string): boolean =>
  basename(dir).length === 64 || dir === process.env.ACCORD_CLIENT_DIST;

/** Builds of earlier client code pile up in tmp; drop those untouched for a day. */
function pruneOldBuilds(cacheRoot: string): void {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, name);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

function clientInputsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hash.update(relative(repoRoot, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(clientDir);
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) walk(join(repoRoot, 'packages', pkg));
  hash.update(readFileSync(join(repoRoot, 'pnpm-lock.yaml')));
  return hash.digest('hex');
}
