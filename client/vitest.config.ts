import { defineProject } from 'vitest/config';

export default defineProject({
  // Code outside components speaks the page's language; without a page, tests get English.
  test: { name: 'client', include: ['src/**/*.test.ts'], setupFiles: ['src/i18n/english-for-tests.ts'] },
});
