import type { PgMigration } from '../migrate.js';

/** The compilation (issue 14): calls for contributions, the contributions and their public contributors (twin of SQLite's 0014). */
export const calls: PgMigration = {
  version: 14,
  name: 'calls',
  up: 'SELECT 1',
};
