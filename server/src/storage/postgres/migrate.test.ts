import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresSql } from '../sql/postgres.js';
import { migrations } from '../sqlite/migrations/index.js';
import { freshPostgres } from '../testing.js';
import { migratePostgres } from './migrate.js';
import { pgMigrations } from './migrations/index.js';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('PostgreSQL migrations', () => {
  const drops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const drop of drops.splice(0)) await drop();
  });
  const fresh = async (name: string) => {
    const pg = await freshPostgres(name);
    drops.push(pg.drop);
    return pg.sql;
  };
  /** A schema nobody has migrated yet, with `count` pools on it; all closed and dropped after the test. */
  const emptySchema = (count: number): PostgresSql[] => {
    const schema = `t_pgmig_${randomBytes(5).toString('hex')}`;
    const pools = Array.from({ length: count }, () => new PostgresSql({ url: url!, schema, max: 2 }));
    drops.push(async () => {
      for (const pool of pools) await pool.close();
      const admin = new PostgresSql({ url: url!, max: 1 });
      try {
        await admin.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.close();
      }
    });
    return pools;
  };

  it('are the twins of the SQLite migrations, one for one', () => {
    expect(pgMigrations.map((m) => [m.version, m.name])).toEqual(migrations.map((m) => [m.version, m.name]));
  });

  it('all apply on an empty schema, and applying again applies nothing', async () => {
    const [db] = emptySchema(1);
    expect(await migratePostgres(db!, pgMigrations)).toEqual(pgMigrations.map((m) => m.version));
    expect(await migratePostgres(db!, pgMigrations)).toEqual([]);
    const recorded = await db!.all<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(recorded).toEqual(pgMigrations.map((m) => ({ version: m.version, name: m.name })));
  });

  it('seeds the stakeholder groups once', async () => {
    const db = await fresh('pgmig_groups');
    const { n } = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM stakeholder_groups'))!;
    expect(n).toBeGreaterThan(0);
    await migratePostgres(db, pgMigrations);
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM stakeholder_groups'))!.n).toBe(n);
  });

  it('applies each migration once when two instances migrate the same new schema at the same moment', async () => {
    const [a, b] = emptySchema(2);
    // The schema exists (empty), as public does in production: two concurrent CREATE SCHEMA IF
    // NOT EXISTS can still collide in PostgreSQL (a unique violation in pg_namespace), which is
    // ensureSchema's concern, not the migration lock's.
    await a!.ensureSchema();
    const [appliedA, appliedB] = await Promise.all([
      migratePostgres(a!, pgMigrations),
      migratePostgres(b!, pgMigrations),
    ]);
    // One of them applied everything, the other found nothing left to do.
    expect([...appliedA, ...appliedB].sort((x, y) => x - y)).toEqual(pgMigrations.map((m) => m.version));
    const rows = await a!.all<{ version: number; n: number }>(
      'SELECT version, COUNT(*) AS n FROM schema_migrations GROUP BY version ORDER BY version',
    );
    expect(rows).toEqual(pgMigrations.map((m) => ({ version: m.version, n: 1 })));
  });

  it('refuses a database from a newer Accord, saying what to do', async () => {
    const db = await fresh('pgmig_newer');
    await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
      pgMigrations.length + 1,
      'from-the-future',
      new Date().toISOString(),
    ]);
    await expect(migratePostgres(db, pgMigrations)).rejects.toThrow(
      `the database is at schema version ${pgMigrations.length + 1} but this Accord knows only up to ${pgMigrations.length}; run a newer Accord or restore a backup`,
    );
  });
});
