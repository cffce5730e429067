/**
 * Opens Accord's SQLite file with the settings its guarantees rest on: WAL (readers never
 * block the writer, and `accord backup` can copy while the server runs), a busy timeout
 * (the CLI and the server share the file), foreign keys, and the configured `synchronous`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** `full` fsyncs every commit (survives power loss); `normal` survives a crash of the process. */
  synchronous?: 'full' | 'normal';
  readonly?: boolean;
}

/** The database file inside a data directory. */
export const databaseFile = (dataDir: string): string => join(dataDir, 'accord.db');

/** Opens (creating if needed) the database in `dataDir` and applies pending migrations. */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(databaseFile(dataDir), { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
  }
  return db;
}
