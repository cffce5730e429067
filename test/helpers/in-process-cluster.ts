/**
 * Accord instances in the test's own process on one database and one Redis (issue 16), for
 * tests that need to reach inside an instance (its relay's options, its instance id). Separate
 * processes, kill -9 and balancers are in test/scale-out/.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createLogger, loadConfig, startAccord, type Accord, type StartOptions } from '@accord/server';
import { killConnection } from '../../server/src/cluster/testing.js';
import { removeDir, tempDataDir } from './accord-process.js';

export const redisUrl = process.env.REDIS_URL;
const databaseUrl = process.env.DATABASE_URL;

/** The databases a cluster test runs on: SQLite files always (one process shares them), PostgreSQL when `DATABASE_URL` is set. */
export const clusterBackends = databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

type Relay = NonNullable<NonNullable<StartOptions['cluster']>['relay']>;

/**
 * Registers hooks that make a fresh database (and data directory) for the calling describe and
 * remove it after, closing every instance started. `start(name)` starts one more instance on it.
 */
export function inProcessCluster(backend: 'sqlite' | 'postgres', tag: string) {
  const prefix = `test-${randomBytes(4).toString('hex')}:`;
  const dataDir = tempDataDir();
  const database = `accord_${tag}_${randomBytes(4).toString('hex')}`;
  const started: Accord[] = [];
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    if (backend === 'postgres') await admin(`CREATE DATABASE ${database}`);
  });
  afterAll(async () => {
    for (const accord of started.splice(0)) await accord.close();
    removeDir(dataDir);
    if (backend === 'postgres') await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
  return {
    prefix,
    /** Starts instance `name` (made unique per describe); `redisUrl` to reach Redis another way, `relay` to tune it. */
    async start(name: string, options: { redisUrl?: string; relay?: Relay } = {}): Promise<Accord> {
      const env: Record<string, string> = {
        PORT: '0',
        HOST: '127.0.0.1',
        ACCORD_DATA_DIR: dataDir,
        ACCORD_CLIENT_DIR: `${dataDir}/no-client`,
        ACCORD_REDIS_URL: options.redisUrl ?? redisUrl!,
        ACCORD_INSTANCE_ID: `${name}-${prefix}`.replace(/:$/, ''),
      };
      if (backend === 'postgres') env.ACCORD_DATABASE_URL = databaseUrl!.replace(/\/[^/]*$/, `/${database}`);
      const accord = await startAccord(loadConfig(env), createLogger('warn'), {
        cluster: { prefix, ...(options.relay ? { relay: options.relay } : {}) },
      });
      started.push(accord);
      return accord;
    },
  };
}

/** Kills the Redis connections named `name`, as a network fault would; resolves to how many. */
export const killRedisConnections = (name: string): Promise<number> => killConnection(redisUrl!, name);
