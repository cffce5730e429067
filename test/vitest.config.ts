import { defineProject } from 'vitest/config';

// Cross-process tests start real Accord processes; give them room but keep each bounded.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'bench/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
