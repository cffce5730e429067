/**
 * Assertions that cannot fail, caught before they hide a bug: in Vitest 4,
 * `toMatchObject({ message: /x/ })` passes whatever the message is (a RegExp is compared as an
 * object with no keys), so a pattern inside `toMatchObject`/`toHaveProperty` must be written
 * `expect.stringMatching(/x/)`. This scans every test file of the repository for the trap.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** The argument text of each `.toMatchObject(` / `.toHaveProperty(` call in `source`, with its line. */
function matcherArguments(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  for (const call of source.matchAll(/\.(toMatchObject|toHaveProperty)\(/g)) {
    const start = call.index + call[0].length;
    let depth = 1;
    let end = start;
    while (end < source.length && depth > 0) {
      const c = source[end];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      end++;
    }
    found.push({ line: source.slice(0, start).split('\n').length, text: source.slice(start, end - 1) });
  }
  return found;
}

/** A regular-expression literal given as a property value or an argument (not inside stringMatching). */
const bareRegExp = /(?:\w:\s*|,\s*|^\s*)\/(?![/*])(?:\\\/|[^/\n])+\/[dgimsuy]*/m;

describe('test hygiene', () => {
  it('finds the trap in a sample, and not its cure', () => {
    expect(
      matcherArguments("expect(e).toMatchObject({ code: 'x', message: /no text/ })").some((a) =>
        bareRegExp.test(a.text),
      ),
    ).toBe(true);
    expect(
      matcherArguments('expect(e).toMatchObject({ message: expect.stringMatching(/no text/) })').some((a) =>
        bareRegExp.test(a.text.replace(/expect\.stringMatching\([^)]*\)/g, '')),
      ),
    ).toBe(false);
  });

  it('no toMatchObject or toHaveProperty compares a string with a bare RegExp', () => {
    // This file names the trap on purpose; every other test file must not contain it.
    const files = execFileSync('git', ['ls-files', '*.test.ts', '*.test.tsx'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && file !== 'test/test-hygiene.test.ts');
    const traps: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const { line, text } of matcherArguments(source)) {
        if (bareRegExp.test(text.replace(/expect\.stringMatching\([^)]*\)/g, ''))) traps.push(`${file}:${line}`);
      }
    }
    expect(traps).toEqual([]);
  });
});
