/**
 * Several Accord processes on one PostgreSQL database and one Redis, as issue 16 deploys them:
 * each test file gets a database of its own (`accord_so_<random>`, dropped afterwards) and a
 * Redis key prefix of its own, so files running at the same time never hear each other.
 * Instances are real child processes (the built server, as `npm start` runs it) that tests can
 * SIGKILL and start again on the same port.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { removeDir, startAccord, tempDataDir, type AccordProcess } from '../helpers/accord-process.js';

/** The PostgreSQL server and Redis the scale-out tests use (`.ci/run` sets both). */
export const scaleOut = {
  databaseUrl: process.env.DATABASE_URL,
  redisUrl: process.env.REDIS_URL,
};

/** Whether the scale-out tests can run here; they are skipped without PostgreSQL and Redis. */
export const canScaleOut = Boolean(scaleOut.databaseUrl && scaleOut.redisUrl);

const required = (name: 'databaseUrl' | 'redisUrl'): string => {
  const value = scaleOut[name];
  if (!value) throw new Error(`the scale-out tests need ${name === 'databaseUrl' ? 'DATABASE_URL' : 'REDIS_URL'}`);
  return value;
};

/** A fresh, empty PostgreSQL database and how to drop it. */
export interface FreshDatabase {
  name: string;
  url: string;
  /** Runs one query on the database (a short-lived connection), for checks that read tables. */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Drops the database, ending whatever connections are still open on it. */
  drop(): Promise<void>;
}

async function onServer<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Creates `accord_so_<label>_<random>` on the server of DATABASE_URL. */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const base = required('databaseUrl');
  const name = `accord_so_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await onServer(base, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    query: async (sql, params) => onServer(url.toString(), async (c) => (await c.query(sql, params)).rows),
    drop: () => onServer(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

export interface ClusterOptions {
  /** Names the database, the instance ids and the Redis prefix, for whoever reads logs or `CLIENT LIST`. */
  label: string;
  /** How many instances (default 2). */
  instances?: number;
  /** Start them all at the same moment (default: the first alone, then the others together). */
  together?: boolean;
  /** Start none: the test starts them with {@link Cluster.start}. */
  started?: boolean;
  /** More environment for every instance. */
  env?: Record<string, string>;
}

/** N Accord instances on one database and one Redis; instance `i` keeps its port across restarts. */
export class Cluster {
  readonly database: FreshDatabase;
  /** Put before every Redis channel and key of this cluster's instances. */
  readonly redisPrefix: string;
  readonly label: string;
  readonly size: number;
  readonly #env: Record<string, string>;
  readonly #running: (AccordProcess | undefined)[];
  readonly #ports: (number | undefined)[];
  readonly #dataDirs: string[] = [];

  constructor(database: FreshDatabase, options: ClusterOptions) {
    this.database = database;
    this.label = options.label;
    this.size = options.instances ?? 2;
    this.redisPrefix = `accord-test:${options.label}:${randomBytes(3).toString('hex')}:`;
    this.#env = options.env ?? {};
    this.#running = Array.from({ length: this.size }, () => undefined);
    this.#ports = Array.from({ length: this.size }, () => undefined);
  }

  /** The running instance `i`; throws when it is down (killed and not restarted). */
  instance(i: number): AccordProcess {
    const running = this.#running[i];
    if (!running) throw new Error(`instance ${i} of ${this.label} is not running`);
    return running;
  }

  /** The ports of every instance (known once each started once), for a load balancer. */
  get ports(): number[] {
    return this.#ports.map((p, i) => {
      if (p === undefined) throw new Error(`instance ${i} of ${this.label} never started`);
      return p;
    });
  }

  /** The instance id `ACCORD_INSTANCE_ID` of instance `i`. */
  instanceId(i: number): string {
    return `${this.label}-${i}`;
  }

  /** Starts instance `i` (on its former port if it ran before); resolves once it listens. */
  async start(i: number): Promise<AccordProcess> {
    if (this.#running[i]) throw new Error(`instance ${i} of ${this.label} already runs`);
    // A data directory of its own, though PostgreSQL holds the data: nothing may depend on it.
    const dataDir = (this.#dataDirs[i] ??= tempDataDir());
    const port = this.#ports[i];
    const accord = await startAccord({
      dataDir,
      ...(port === undefined ? {} : { port }),
      env: {
        ACCORD_DATABASE_URL: this.database.url,
        ACCORD_REDIS_URL: required('redisUrl'),
        ACCORD_REDIS_PREFIX: this.redisPrefix,
        ACCORD_INSTANCE_ID: this.instanceId(i),
        ACCORD_SEED_DEMO: 'true',
        // Every test signs in several people from one address, and opens sockets quickly.
        ACCORD_LIMIT_SIGNINS_PER_MINUTE: '6000',
        ACCORD_LIMIT_CONNECTS_PER_SECOND: '1000',
        ACCORD_LIMIT_CONNECTS_BURST: '10000',
        ACCORD_LIMIT_MESSAGES_PER_SECOND: '100000',
        ACCORD_LIMIT_MESSAGES_BURST: '100000',
        ACCORD_LIMIT_REQUESTS_PER_SECOND: '10000',
        ...this.#env,
      },
    });
    this.#running[i] = accord;
    this.#ports[i] = accord.port;
    return accord;
  }

  /** SIGKILL of instance `i`: no shutdown hook runs, exactly like a crash. */
  async kill(i: number): Promise<void> {
    const running = this.#running[i];
    this.#running[i] = undefined;
    await running?.kill();
  }

  /** Starts instance `i` again on the same port after {@link kill}. */
  restart(i: number): Promise<AccordProcess> {
    return this.start(i);
  }

  /** The pid of instance `i`. */
  pid(i: number): number {
    const pid = this.instance(i).child.pid;
    if (pid === undefined) throw new Error(`instance ${i} of ${this.label} has no pid`);
    return pid;
  }

  /** Kills every instance, removes their directories and drops the database. */
  async close(): Promise<void> {
    await Promise.all(this.#running.map((_, i) => this.kill(i)));
    this.#dataDirs.forEach(removeDir);
    await this.database.drop();
  }
}

/** A fresh database and a cluster on it, started unless `started: false`. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const cluster = new Cluster(await freshDatabase(options.label), options);
  if (options.started === false) return cluster;
  try {
    if (options.together) await Promise.all(Array.from({ length: cluster.size }, (_, i) => cluster.start(i)));
    else {
      await cluster.start(0);
      await Promise.all(Array.from({ length: cluster.size - 1 }, (_, i) => cluster.start(i + 1)));
    }
  } catch (error) {
    await cluster.close();
    throw error;
  }
  return cluster;
}
