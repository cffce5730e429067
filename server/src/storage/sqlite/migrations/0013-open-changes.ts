import type { Migration } from '../migrate.js';

/**
 * Several instances on one database (issue 16): each sweeps periodically for paragraph changes
 * a stopped process left open (`SqlHistoryStore.closeLeftOpen`). This index holds the open ones
 * only, by their latest change, so the sweep reads a handful of rows, not the whole history.
 */
export const openChanges: Migration = {
  version: 13,
  name: 'open-changes',
  up(db) {
    db.exec('CREATE INDEX paragraph_changes_open ON paragraph_changes (ended_at) WHERE closed = 0');
  },
};
