import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    // scrypt hashing and the compaction worker's start-up are real work: with two test files
    // sharing two cores they can pass vitest's 5 s default without anything being wrong.
    testTimeout: 20_000,
  },
});
