#!/usr/bin/env node
// `npm start` / `npm test` land here on a machine that may have nothing but Node.js and npm.
// We fetch the pinned pnpm into .tools/, install the workspace when the lockfile changed, and
// then hand over to the pnpm script named on the command line. Plain JS on purpose: nothing
// else is installed yet when this runs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '');
const toolsDir = join(root, '.tools');
const pnpmEntry = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function installedPnpmVersion() {
  try {
    return JSON.parse(readFileSync(join(toolsDir, 'node_modules', 'pnpm', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

if (installedPnpmVersion() !== pnpmVersion) {
  console.log(`[bootstrap] installing pnpm ${pnpmVersion} into .tools/ (first run only)`);
  mkdirSync(toolsDir, { recursive: true });
  if (!existsSync(join(toolsDir, 'package.json'))) writeFileSync(join(toolsDir, 'package.json'), '{"private":true}\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const status = run(npm, [
    'install',
    '--prefix',
    toolsDir,
    '--no-audit',
    '--no-fund',
    '--save-exact',
    `pnpm@${pnpmVersion}`,
  ]);
  if (status !== 0) {
    console.error(
      `[bootstrap] could not install pnpm ${pnpmVersion} with npm; check that the npm registry is reachable`,
    );
    process.exit(status);
  }
}

// node-gyp (better-sqlite3) must find Node's headers locally; pnpm ignores the machine's npmrc,
// so point it at the headers that ship next to this Node.js when they are there.
const env = { ...process.env };
const nodePrefix = resolve(dirname(process.execPath), '..');
if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) {
  env.npm_config_nodedir = nodePrefix;
}

// Package scripts call `pnpm` by name, so put a shim for ours first on PATH. And pnpm's native
// binary looks for its bundled node-gyp beside itself; when npm installed the wrapper without
// running its install script, put that node-gyp on PATH ourselves.
const shimDir = join(toolsDir, 'bin');
const shim = join(shimDir, 'pnpm');
const shimText = `#!/bin/sh\nexec "${process.execPath}" "${pnpmEntry}" "$@"\n`;
if (!existsSync(shim) || readFileSync(shim, 'utf8') !== shimText) {
  mkdirSync(shimDir, { recursive: true });
  writeFileSync(shim, shimText);
  chmodSync(shim, 0o755);
}
const nodeGypBin = join(toolsDir, 'node_modules', 'pnpm', 'dist', 'node-gyp-bin');
const sep = process.platform === 'win32' ? ';' : ':';
env.PATH = [shimDir, ...(existsSync(nodeGypBin) ? [nodeGypBin] : []), env.PATH ?? ''].join(sep);

const lock = readFileSync(join(root, 'pnpm-lock.yaml'));
const lockHash = createHash('sha256').update(lock).update(pnpmVersion).digest('hex');
const stamp = join(root, 'node_modules', '.accord-install-stamp');
const installed = existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash;
if (!installed) {
  console.log('[bootstrap] installing workspace dependencies (pnpm install --frozen-lockfile)');
  const status = run(process.execPath, [pnpmEntry, 'install', '--frozen-lockfile'], env);
  if (status !== 0) {
    console.error('[bootstrap] pnpm install failed; the lines above say why');
    process.exit(status);
  }
  writeFileSync(stamp, lockHash);
}

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node packages/bootstrap/run.mjs <script> [args...]');
  process.exit(2);
}
const started = Date.now();
const status = run(process.execPath, [pnpmEntry, 'run', script, ...rest], env);
// The test budget (15 minutes on two cores) covers lint and typecheck too, not only vitest's part.
if (script.startsWith('test')) console.log(`[bootstrap] ${script} took ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(status);
