/**
 * The PostgreSQL schema: the same numbered migrations as SQLite's (`../sqlite/migrations`),
 * written in PostgreSQL's dialect, applied at start under an advisory lock so that instances
 * starting together apply each exactly once. A database from a newer Accord is refused.
 */
import type { PostgresSql } from '../sql/postgres.js';
import type { Queryable } from '../sql/types.js';

/**
 * One step of the schema, with the version and name of its SQLite twin. `up` is SQL text
 * (run as it is, several statements allowed; write no `?` outside `$$` bodies) or a function.
 */
export interface PgMigration {
  version: number;
  name: string;
  up: string | ((tx: Queryable) => Promise<void>);
}

/** Applies every migration newer than the database, each in its own transaction; returns the versions applied. */
export async function migratePostgres(db: PostgresSql, migrations: readonly PgMigration[]): Promise<number[]> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  await db.ensureSchema();
  return db.withLock('migrate', async () => {
    await db.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const current = (await db.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations'))?.v ?? 0;
    const latest = migrations.length;
    if (current > latest) {
      throw new Error(
        `the database is at schema version ${current} but this Accord knows only up to ${latest}; run a newer Accord or restore a backup`,
      );
    }
    const applied: number[] = [];
    for (const migration of migrations.slice(current)) {
      await db.transaction(async (tx) => {
        if (typeof migration.up === 'string') await tx.run(migration.up);
        else await migration.up(tx);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      });
      applied.push(migration.version);
    }
    return applied;
  });
}
