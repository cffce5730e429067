import type { Migration } from '../migrate.js';

/** The compilation (issue 14): calls for contributions, the contributions and their public contributors. */
export const calls: Migration = {
  version: 14,
  name: 'calls',
  up(db) {
    db.exec('SELECT 1');
  },
};
