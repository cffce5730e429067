/**
 * The SQL database every store is written against, with two implementations: SQLite
 * (`sqlite.ts`, the embedded default) and PostgreSQL (`postgres.ts`, for several instances).
 *
 * Statements use `?` placeholders and the subset of SQL both dialects share (`ON CONFLICT`,
 * `RETURNING`, `COALESCE`, …). Column aliases that are not all lower case must be quoted
 * (`AS "uptoSeq"`): PostgreSQL folds unquoted names to lower case. Where the dialects truly
 * differ, a store asks {@link Queryable.dialect}.
 */

export type Dialect = 'sqlite' | 'postgres';

/** What a statement can bind. Booleans are stored as 0/1 (both schemas use integer flags). */
export type SqlValue = string | number | bigint | boolean | null | Uint8Array;

/** Rows are plain objects; BLOB/BYTEA columns come back as Buffers, integers as numbers. */
export type Row = Record<string, unknown>;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/** Runs statements: the database itself, or the inside of one transaction. */
export interface Queryable {
  readonly dialect: Dialect;
  /** Every row of a query (or of a statement with `RETURNING`). */
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A statement that returns no rows. */
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. Called
   * on a transaction, it nests (a savepoint). Keep `fn` to statements: on SQLite it holds the
   * only connection, so every other statement waits until it ends.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/** A database connection (SQLite) or pool (PostgreSQL). */
export interface SqlDatabase extends Queryable {
  /**
   * Runs `fn` holding a lock named `key` that every process on this database respects
   * (PostgreSQL advisory lock; on SQLite, whose file has one writer at a time, a lock inside
   * this process). For work only one instance may do at once: migrating, seeding, compacting.
   */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Like {@link withLock}, but resolves to undefined at once when another holds the lock. */
  tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<T | undefined>;
  /** Answers whether the database is reachable (for `/healthz`); throws with the driver's reason if not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Values as the drivers bind them: Buffers (neither driver takes a bare Uint8Array view) and 0/1 for booleans. */
export function bindable(params: readonly SqlValue[]): unknown[] {
  return params.map((p) =>
    p instanceof Uint8Array && !Buffer.isBuffer(p)
      ? Buffer.from(p.buffer, p.byteOffset, p.byteLength)
      : typeof p === 'boolean'
        ? Number(p)
        : p,
  );
}

/** Whether a database error is a unique or primary-key violation, in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Whether a database error was raised by one of Accord's own triggers (append-only and fixed-field rules), in either dialect. */
export function isRefusedByTrigger(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // PostgreSQL: RAISE EXCEPTION in a PL/pgSQL trigger is P0001; SQLite: RAISE(ABORT, …).
  return code === 'P0001' || code === 'SQLITE_CONSTRAINT_TRIGGER';
}
