import type { PgMigration } from '../migrate.js';

/** Every migration, in version order, each the twin of SQLite's of the same version and name. Append; never edit one that has shipped. */
export const pgMigrations: readonly PgMigration[] = [];
