import { defineProject } from 'vitest/config';

// Cross-process tests start real Accord processes; give them room but keep each bounded.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    // browser/ is a project of its own (browser/vitest.config.ts).
    exclude: ['node_modules/**', 'bench/**', 'browser/**'],
    // Every file starts the built server (server/dist/): build it once, before any file runs.
    globalSetup: ['./server-build-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
