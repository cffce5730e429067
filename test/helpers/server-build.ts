/**
 * The server the tests run: the production build in server/dist/ (what `npm start` runs), so the
 * suite proves the shipped JavaScript, and each start loads bundled JavaScript instead of
 * compiling TypeScript. `ACCORD_TEST_SERVER=tsx` runs the sources through tsx instead (to debug
 * without rebuilding, e.g. in watch mode, where the build of the run's start goes stale).
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');

/** Whether tests start the built server (default) or the TypeScript sources through tsx. */
export const testServer = (): 'built' | 'tsx' => (process.env.ACCORD_TEST_SERVER === 'tsx' ? 'tsx' : 'built');

/** The arguments to `node` that start Accord (`main`) or its CLI (`cli`) from the repository root. */
export function serverArgs(entry: 'main' | 'cli', mode: 'built' | 'tsx' = testServer()): string[] {
  if (mode === 'tsx') return ['--import', 'tsx', entry === 'main' ? 'server/src/main.ts' : 'server/src/cli/main.ts'];
  return [join('server', 'dist', `${entry}.js`)];
}

/**
 * Brings server/dist/ up to date with the sources (`server/build.mjs --if-changed`: nothing to
 * do when built from the same inputs; one build at a time per checkout). Resolves to what the
 * build said.
 */
export async function ensureServerBuilt(): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['server/build.mjs', '--if-changed'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout.trim();
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`could not build the server for the tests (node server/build.mjs):\n${stdout}${stderr}`);
  }
}
