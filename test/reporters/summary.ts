/**
 * Prints plain closing lines after vitest's own summary, so the count and the time can be read
 * by tools that do not know vitest's format:
 *
 *   tests: N passed, N failed, N skipped
 *   time: 612 s wall (run with 2 workers); slowest files: browser/access.test.ts 55 s, …
 */
import { relative } from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** How many of the slowest files to name: enough to see where the time goes. */
const SLOWEST = 5;

export default class SummaryReporter implements Reporter {
  private workers: number | undefined;
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.workers = vitest.config.maxWorkers;
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    process.stdout.write(`${timeLine(testModules, this.workers, this.root)}\n`);
  }
}

/** The wall time since vitest started (config, global setup and all), the workers, and the slowest files. */
function timeLine(testModules: ReadonlyArray<TestModule>, workers: number | undefined, root: string): string {
  const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;
  const slowest = testModules
    .map((module) => ({ name: relative(root, module.moduleId), ms: module.diagnostic().duration }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, SLOWEST)
    .map(({ name, ms }) => `${name.replace(/^test\//, '')} ${seconds(ms)}`);
  const pool = workers === undefined ? '' : ` (run with ${workers} worker${workers === 1 ? '' : 's'})`;
  return `time: ${seconds(process.uptime() * 1000)} wall${pool}; slowest files: ${slowest.join(', ')}`;
}
