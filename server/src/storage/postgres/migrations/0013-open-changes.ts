import type { PgMigration } from '../migrate.js';

/**
 * The open paragraph changes by their latest change (twin of SQLite's 0013), for the sweep
 * closing what a stopped instance left open: it reads a handful of rows, not the whole history.
 */
export const openChanges: PgMigration = {
  version: 13,
  name: 'open-changes',
  up: 'CREATE INDEX paragraph_changes_open ON paragraph_changes (ended_at) WHERE closed = 0',
};
