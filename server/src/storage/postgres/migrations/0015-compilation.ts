import type { PgMigration } from '../migrate.js';

/** The compilation (issue 14): the sources of compiled paragraphs and the differences of opinion catalogued on them (twin of SQLite's 0015). */
export const compilation: PgMigration = {
  version: 15,
  name: 'compilation',
  up: 'SELECT 1',
};
