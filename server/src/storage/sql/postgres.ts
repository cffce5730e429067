/**
 * {@link SqlDatabase} over a `pg` pool. Integers come back as numbers (Accord's counts and
 * sequence numbers stay far below 2^53), BYTEA as Buffers. Locks are PostgreSQL advisory
 * locks, keyed by the lock's name hashed within the current schema, so tests in separate
 * schemas do not wait for each other.
 */
import pg from 'pg';
import { numberPlaceholders } from './placeholders.js';
import { bindable, type Queryable, type Row, type RunResult, type SqlDatabase, type SqlValue } from './types.js';

const INT8 = 20;
const NUMERIC = 1700;
// A module-wide setting of `pg`: BIGINT (COUNT(*), BIGSERIAL) as a number rather than a string.
pg.types.setTypeParser(INT8, (value) => Number(value));
pg.types.setTypeParser(NUMERIC, (value) => Number(value));

/** Each distinct statement text is rewritten once. */
const rewritten = new Map<string, string>();
const toPostgres = (sql: string): string => {
  let text = rewritten.get(sql);
  if (text === undefined) {
    text = numberPlaceholders(sql);
    if (rewritten.size < 10_000) rewritten.set(sql, text);
  }
  return text;
};

/** As both drivers bind, and BIGINT as its decimal text (what `pg` sends for INT8). */
const bind = (params: readonly SqlValue[]): unknown[] =>
  bindable(params).map((p) => (typeof p === 'bigint' ? p.toString() : p));

type Client = pg.Pool | pg.PoolClient;

async function query<T>(
  client: Client,
  sql: string,
  params: readonly SqlValue[],
): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
  return client.query<T & pg.QueryResultRow>(toPostgres(sql), bind(params));
}

export interface PostgresOptions {
  /** `postgres://user@host:port/database`. */
  url: string;
  /** Schema to work in (created if missing); default `public`. Tests use one per test. */
  schema?: string;
  /** Pool size; default 10. */
  max?: number;
}

export class PostgresSql implements SqlDatabase {
  readonly dialect = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string;

  constructor(options: PostgresOptions) {
    this.schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]*$/.test(this.schema))
      throw new Error(`schema name ${this.schema} is not a plain identifier`);
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: options.max ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client losing its connection (the server restarted) must not crash the process;
    // the pool replaces it at the next query.
    this.pool.on('error', () => {});
  }

  /** Creates the schema if it is missing (the pool's search_path names it). */
  async ensureSchema(): Promise<void> {
    // PostgreSQL checks the right to create in the database before it checks whether the
    // schema exists, so a role that may only use `public` must not be asked to create it.
    const { rows } = await this.pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [this.schema]);
    if (rows.length > 0) return;
    try {
      await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    } catch (error) {
      // Two instances creating it at once collide inside PostgreSQL itself (23505 on the
      // catalog, or 42P06): the schema exists either way, which is all this asks.
      const code = (error as { code?: string }).code;
      if (code !== '23505' && code !== '42P06') throw error;
    }
  }

  async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await query<T>(this.pool, sql, params)).rows;
  }

  async get<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await query<T>(this.pool, sql, params)).rows[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return { changes: (await query(this.pool, sql, params)).rowCount ?? 0 };
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const result = await fn(inside(client, 0));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    } finally {
      client.release();
    }
  }

  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return (await this.#locked(key, true, fn)) as T;
  }

  async tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<T | undefined> {
    return this.#locked(key, false, fn);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /**
   * Runs `fn` holding the advisory lock `key` on one pooled connection (session locks belong to
   * a connection); waits for it, or with `wait` false gives up at once (undefined).
   */
  async #locked<T>(key: string, wait: boolean, fn: () => Promise<T>): Promise<T | undefined> {
    const client = await this.pool.connect();
    try {
      if (wait) await client.query('SELECT pg_advisory_lock(hashtext(current_schema() || $1))', [key]);
      else {
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock(hashtext(current_schema() || $1)) AS locked',
          [key],
        );
        if (!rows[0]?.locked) return undefined;
      }
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext(current_schema() || $1))', [key]);
      }
    } finally {
      client.release();
    }
  }
}

function inside(client: pg.PoolClient, depth: number): Queryable {
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await query<T>(client, sql, params)).rows,
    get: async <T>(sql: string, params: readonly SqlValue[] = []) => (await query<T>(client, sql, params)).rows[0],
    run: async (sql, params = []) => ({ changes: (await query(client, sql, params)).rowCount ?? 0 }),
    transaction: async (fn) => {
      const name = `s${depth + 1}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(inside(client, depth + 1));
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
  };
}
