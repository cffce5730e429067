/**
 * The test command checks formatting and lint before any test runs (`pnpm lint` in `test:all`):
 * the repository's Biome, with the repository's biome.json, must refuse a badly formatted or
 * linted file and accept a well formatted one. Files go to a temp dir, never into the checkout.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir } from './helpers/accord-process.js';

const root = resolve(import.meta.dirname, '..');
const biome = join(root, 'node_modules/.bin/biome');
const dir = mkdtempSync(join(tmpdir(), 'accord-lint-'));
afterAll(() => removeDir(dir));

/** Runs `biome check` on one file written with `text`, as `pnpm lint` would check it. */
function check(name: string, text: string): Promise<{ code: number; output: string }> {
  writeFileSync(join(dir, name), text);
  return new Promise((done) => {
    execFile(
      biome,
      ['check', '--colors=off', `--config-path=${join(root, 'biome.json')}`, name],
      { cwd: dir },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('the lint and format check of the test command', () => {
  it('runs before the tests in test:all, over the whole workspace', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['test']).toContain('test:all');
    expect(scripts['test:all']).toMatch(/^pnpm lint && /);
    // Every diagnostic shown: past Biome's default of 20, warnings hid the one error that failed the run.
    expect(scripts['lint']).toMatch(/^biome check (--max-diagnostics=\d+ )?\.$/);
  });

  it('accepts a file formatted as biome.json says: single quotes, semicolons, lines up to 120 characters', async () => {
    // 100 characters on one line: Biome's default width (80) would break it, the repository's keeps it.
    const long = `export const words = ['${'a'.repeat(30)}', '${'b'.repeat(30)}', '${'c'.repeat(12)}'];\n`;
    expect(long.length - 1).toBeGreaterThan(80);
    const result = await check('good.ts', long);
    expect(result.output).not.toMatch(/error/i);
    expect(result.code).toBe(0);
  });

  it('fails on a badly formatted file and shows the formatting it expects', async () => {
    const result = await check('bad.ts', 'export const a = {b:"1"}\n');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Formatter would have printed');
    // Biome shows spaces as middle dots in its diff.
    expect(result.output).toMatch(/\{.b:.'1'.\};/);
  });

  it('fails on a lint error in a well formatted file', async () => {
    const result = await check('debugger.ts', 'export function f(): void {\n  debugger;\n}\n');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('noDebugger');
  });
});
