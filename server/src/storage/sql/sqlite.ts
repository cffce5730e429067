/**
 * {@link SqlDatabase} over one better-sqlite3 connection. better-sqlite3 answers at once, so a
 * statement runs when called, unless a transaction is open: a transaction spans `await`s, and
 * on a single connection any statement run meanwhile would join it (and vanish with its
 * rollback). So while one is open, every other statement, and every other transaction, waits
 * for it to end. Code that must use the connection directly (the update log's prepared
 * statements) goes through {@link SqliteSql.whenIdle} for the same reason.
 */
import type Database from 'better-sqlite3';
import { bindable, type Queryable, type Row, type RunResult, type SqlDatabase, type SqlValue } from './types.js';

type Statement = Database.Statement<unknown[], unknown>;

const bind = bindable;

export class SqliteSql implements SqlDatabase {
  readonly dialect = 'sqlite' as const;
  /** The connection itself, for code that needs better-sqlite3 directly; use it only inside {@link whenIdle}. */
  readonly native: Database.Database;
  readonly #statements = new Map<string, Statement>();
  /** Resolves when the open transaction ends; undefined when none is open. */
  #open: Promise<void> | undefined;
  readonly #locks = new Map<string, Promise<void>>();
  readonly #inside: Queryable;

  constructor(db: Database.Database) {
    this.native = db;
    this.#inside = this.#handle(0);
  }

  /** Runs `fn` on the connection when no transaction is open (at once, if none is). */
  whenIdle<T>(fn: (db: Database.Database) => T): Promise<T> {
    if (this.#open) return this.#open.then(() => this.whenIdle(fn));
    try {
      return Promise.resolve(fn(this.native));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.whenIdle(() => this.#statement(sql).all(...bind(params)) as T[]);
  }

  get<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.whenIdle(() => this.#statement(sql).get(...bind(params)) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return this.whenIdle(() => ({ changes: this.#statement(sql).run(...bind(params)).changes }));
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    while (this.#open) await this.#open;
    let end!: () => void;
    this.#open = new Promise((resolve) => {
      end = resolve;
    });
    try {
      // IMMEDIATE takes the write lock now, so the CLI or the compaction worker cannot make
      // this transaction fail halfway with SQLITE_BUSY.
      this.native.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.#inside);
        this.native.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.native.inTransaction) this.native.exec('ROLLBACK');
        throw error;
      }
    } finally {
      this.#open = undefined;
      end();
    }
  }

  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    while (this.#locks.has(key)) await this.#locks.get(key);
    let release!: () => void;
    this.#locks.set(key, new Promise((resolve) => (release = resolve)));
    try {
      return await fn();
    } finally {
      this.#locks.delete(key);
      release();
    }
  }

  async tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.#locks.has(key)) return undefined;
    return this.withLock(key, fn);
  }

  async ping(): Promise<void> {
    await this.get('SELECT 1');
  }

  async close(): Promise<void> {
    while (this.#open) await this.#open;
    this.native.close();
  }

  #statement(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.native.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Statements inside the open transaction, at nesting `depth` (0 = the transaction itself). */
  #handle(depth: number): Queryable {
    const run = <T>(fn: () => T): Promise<T> => {
      try {
        return Promise.resolve(fn());
      } catch (error) {
        return Promise.reject(error);
      }
    };
    const handle: Queryable = {
      dialect: 'sqlite',
      all: <T>(sql: string, params: readonly SqlValue[] = []) =>
        run(() => this.#statement(sql).all(...bind(params)) as T[]),
      get: <T>(sql: string, params: readonly SqlValue[] = []) =>
        run(() => this.#statement(sql).get(...bind(params)) as T | undefined),
      run: (sql, params = []) => run(() => ({ changes: this.#statement(sql).run(...bind(params)).changes })),
      transaction: async (fn) => {
        const name = `s${depth + 1}`;
        this.native.exec(`SAVEPOINT ${name}`);
        try {
          const result = await fn(this.#handle(depth + 1));
          this.native.exec(`RELEASE ${name}`);
          return result;
        } catch (error) {
          this.native.exec(`ROLLBACK TO ${name}`);
          this.native.exec(`RELEASE ${name}`);
          throw error;
        }
      },
    };
    return handle;
  }
}
