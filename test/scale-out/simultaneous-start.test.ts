/**
 * Instances starting at the same moment on an empty database (issue 16): the schema is
 * migrated once (one `schema_migrations` row per version) and the demo seeded once — every
 * table holds exactly what one instance starting alone leaves behind.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { demo, tokenFor } from '../helpers/auth.js';
import { canScaleOut, startCluster, type Cluster, type FreshDatabase } from './cluster.js';

/** Rows per table of every schema of `database` but PostgreSQL's own. */
async function rowCounts(database: FreshDatabase): Promise<Record<string, number>> {
  const tables = await database.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY table_schema, table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const [row] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}"."${name}"`);
    counts[name] = row!.n;
  }
  return counts;
}

describe.skipIf(!canScaleOut)('instances starting together on an empty database', () => {
  const clusters: Cluster[] = [];
  afterAll(() => Promise.all(clusters.map((c) => c.close())));

  it('migrate it once and seed one demo', async () => {
    const alone = await startCluster({ label: 'alone', instances: 1 });
    clusters.push(alone);
    const together = await startCluster({ label: 'together', instances: 3, started: false });
    clusters.push(together);
    await Promise.all([0, 1, 2].map((i) => together.start(i)));

    const migrations = await together.database.query<{ version: number; n: number }>(
      'SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version',
    );
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations.every((m) => m.n === 1)).toBe(true);
    const [demoWorkspaces] = await together.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM workspaces WHERE id = 'demo'",
    );
    expect(demoWorkspaces!.n).toBe(1);

    // Whatever the seed writes (people, documents, their updates, the audit log, a round…), once.
    expect(await rowCounts(together.database)).toEqual(await rowCounts(alone.database));

    // And every instance serves the demo.
    for (const i of [0, 1, 2]) {
      const token = await tokenFor(together.instance(i).url, demo.coordinator);
      const response = await fetch(`${together.instance(i).url}/api/workspaces/demo`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
    }
  });
});
