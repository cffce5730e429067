/**
 * Where every benchmark scenario leaves its figures: `results/<scenario>-<time>.json` (the raw
 * numbers and the method) and `.md` (the table as printed), plus `results/<scenario>-latest.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** The machine a figure was measured on, for the results' heading. */
export const machine = (): string =>
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;

/** Writes a scenario's results; returns the Markdown path. */
export function writeResults(scenario: string, data: unknown, markdown: string): string {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(
    new URL(`${scenario}-${stamp}.json`, dir),
    JSON.stringify({ machine: machine(), ...(data as object) }, null, 2),
  );
  const md = new URL(`${scenario}-${stamp}.md`, dir);
  writeFileSync(md, markdown);
  writeFileSync(new URL(`${scenario}-latest.md`, dir), markdown);
  return md.pathname;
}
