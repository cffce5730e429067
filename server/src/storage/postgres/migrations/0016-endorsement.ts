import type { PgMigration } from '../migrate.js';

/** The compilation (issue 14): silence procedures, their objections, and published versions (twin of SQLite's 0016). */
export const endorsement: PgMigration = {
  version: 16,
  name: 'endorsement',
  up: 'SELECT 1',
};
