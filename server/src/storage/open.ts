/**
 * Opens the storage the configuration asks for: PostgreSQL when `ACCORD_DATABASE_URL` is set
 * (shared by several instances; migrated at start under an advisory lock, so instances
 * starting together migrate once), else the SQLite file in `ACCORD_DATA_DIR` (one process,
 * with its background compaction worker).
 */
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { PostgresDocumentStore } from './postgres/document-store.js';
import { migratePostgres } from './postgres/migrate.js';
import { pgMigrations } from './postgres/migrations/index.js';
import { SqlRecordStore } from './record-store.js';
import { PostgresSql } from './sql/postgres.js';
import { SqliteSql } from './sql/sqlite.js';
import type { SqlDatabase } from './sql/types.js';
import { Compactor } from './sqlite/compactor.js';
import { databaseFile, openDatabase } from './sqlite/database.js';
import { SqliteDocumentStore } from './sqlite/document-store.js';
import type { DocumentStore, RecordStore } from './types.js';

/** The opened storage: the database every store is built on, the document log and the records. */
export interface Storage {
  sql: SqlDatabase;
  documents: DocumentStore;
  records: RecordStore;
  /** Waits for background work (a running compaction) and closes the database. */
  close(): Promise<void>;
}

/**
 * The document store of the dialect of `sql`. On SQLite, `compactor` (a worker over the same
 * file) gives it `fold`; PostgreSQL's store folds from the database itself.
 */
export function documentStoreOn(sql: SqlDatabase, options: { compactor?: Compactor } = {}): DocumentStore {
  if (sql instanceof PostgresSql) return new PostgresDocumentStore(sql);
  if (sql instanceof SqliteSql) return new SqliteDocumentStore(sql, options);
  throw new Error(`no document store for a ${sql.dialect} database of this kind`);
}

/** Where {@link openStorage} stores, for logs: the URL without its password, or the SQLite file. */
export function storageLocation(config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return databaseFile(config.dataDir);
  const url = new URL(config.databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/** Opens (creating and migrating if needed) the database of `config`. */
export async function openStorage(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'sqliteSync'>,
  logger: Logger,
): Promise<Storage> {
  if (config.databaseUrl) {
    const sql = new PostgresSql({ url: config.databaseUrl });
    try {
      const applied = await migratePostgres(sql, pgMigrations);
      if (applied.length) logger.info('migrated the database', { versions: applied });
    } catch (error) {
      await sql.close().catch(() => {});
      throw new Error(
        `cannot open the PostgreSQL database at ${storageLocation(config)}: ${(error as Error).message}; check ACCORD_DATABASE_URL and that the database is running`,
        { cause: error },
      );
    }
    logger.info('storing in PostgreSQL', { database: storageLocation(config) });
    return {
      sql,
      documents: documentStoreOn(sql),
      records: new SqlRecordStore(sql),
      close: () => sql.close(),
    };
  }
  const sql = new SqliteSql(openDatabase(config.dataDir, { synchronous: config.sqliteSync }));
  // The worker thread starts at the first fold, not here: most starts never compact, and a
  // thread loading its own copy of the storage code would cost start-up time and idle memory.
  const compactor = new Compactor(databaseFile(config.dataDir), config.sqliteSync);
  return {
    sql,
    documents: documentStoreOn(sql, { compactor }),
    records: new SqlRecordStore(sql),
    close: async () => {
      await compactor.close();
      await sql.close();
    },
  };
}
