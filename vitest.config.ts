import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One run over every part of the workspace: unit tests sit beside the code they test,
// cross-process and end-to-end tests live in test/, browser tests in test/browser/.
export default defineConfig({
  test: {
    projects: ['packages/*', 'server', 'client', 'test', 'test/browser'],
    reporters: ['default', './test/reporters/summary.ts'],
    // Vitest's default (cores - 1) runs one file at a time on two cores, yet most end-to-end
    // files spend their time waiting on the Accord and Chromium processes they start.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
