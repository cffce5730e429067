import { defineProject } from 'vitest/config';

// Browser tests: a project of their own so the client build and the shared Chromium of the
// global setup start only when a browser file runs.
export default defineProject({
  test: {
    name: 'browser',
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts', '../server-build-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
