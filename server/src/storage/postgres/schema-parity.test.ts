/**
 * The PostgreSQL schema is the SQLite one in another dialect: the same tables, columns (in
 * order, with their types, nullability and defaults), keys, indexes and triggers. Where they
 * differ on purpose, the difference is listed here, with why.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresSql } from '../sql/postgres.js';
import { migrate } from '../sqlite/migrate.js';
import { migrations } from '../sqlite/migrations/index.js';
import { freshPostgres } from '../testing.js';

interface Column {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
}
interface Index {
  name: string | null;
  columns: string[];
  unique: boolean;
  partial: boolean;
}
interface Table {
  columns: Column[];
  primaryKey: string[];
  foreignKeys: string[];
  indexes: Index[];
  triggers: string[];
}
type Schema = Record<string, Table>;

// SQLite's INTEGER PRIMARY KEY AUTOINCREMENT columns, and the snapshot's reference to one, are
// BIGINT in PostgreSQL (an identity column); every other INTEGER stays INTEGER.
const BIGINT_COLUMNS = new Set([
  'audit_log.seq',
  'comment_dispositions.seq',
  'comment_events.seq',
  'document_snapshots.upto_seq',
  'document_updates.seq',
  'numbering_events.seq',
  'outbox.seq',
  'position_events.seq',
  'round_events.seq',
  'status_events.seq',
  'suggestion_events.seq',
]);
const PG_TYPE: Record<string, string> = { TEXT: 'text', INTEGER: 'integer', BLOB: 'bytea' };

function sqliteSchema(): Schema {
  const db = new Database(':memory:');
  try {
    migrate(db, migrations);
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const schema: Schema = {};
    for (const table of names) {
      const info = db.prepare('SELECT * FROM pragma_table_info(?) ORDER BY cid').all(table) as {
        name: string;
        type: string;
        notnull: number;
        dflt_value: string | null;
        pk: number;
      }[];
      const indexes = (
        db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?)').all(table) as {
          name: string;
          unique: number;
          origin: string;
          partial: number;
        }[]
      )
        .filter((i) => i.origin !== 'pk')
        .map((i) => ({
          // Indexes SQLite makes for PRIMARY KEY and UNIQUE have generated names; PostgreSQL's differ too.
          name: i.origin === 'c' ? i.name : null,
          columns: db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(i.name) as string[],
          unique: i.unique === 1,
          partial: i.partial === 1,
        }));
      schema[table] = {
        columns: info.map((c) => ({
          name: c.name,
          type: BIGINT_COLUMNS.has(`${table}.${c.name}`) ? 'bigint' : (PG_TYPE[c.type] ?? c.type),
          // A PRIMARY KEY column is NOT NULL in PostgreSQL whatever it says; SQLite should mean it too.
          notNull: c.notnull === 1 || c.pk > 0,
          default: c.dflt_value,
        })),
        primaryKey: info
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
        foreignKeys: (
          db.prepare('SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)').all(table) as {
            from: string;
            table: string;
            to: string;
          }[]
        )
          .map((f) => `${f.from} -> ${f.table}.${f.to}`)
          .sort(),
        indexes: sortIndexes(indexes),
        triggers: db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name")
          .pluck()
          .all(table) as string[],
      };
    }
    return schema;
  } finally {
    db.close();
  }
}

async function postgresSchema(sql: PostgresSql): Promise<Schema> {
  const columns = await sql.all<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
    column_default: string | null;
  }>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = current_schema()
      ORDER BY table_name, ordinal_position`,
  );
  const keys = await sql.all<{ table: string; kind: string; columns: string[]; refs: string[]; ref_table: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.contype AS kind,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS refs,
            c.confrelid::regclass::text AS ref_table
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = current_schema() AND c.contype IN ('p', 'f')`,
  );
  const indexes = await sql.all<{
    table: string;
    name: string;
    constraint: 'p' | 'u' | null;
    unique: boolean;
    partial: boolean;
    columns: string[];
  }>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indpred IS NOT NULL AS partial,
            (SELECT c.contype FROM pg_constraint c
              WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u')) AS constraint,
            ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true) FROM generate_series(1, ix.indnkeyatts) k ORDER BY k) AS columns
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()`,
  );
  const triggers = await sql.all<{ table: string; name: string; truncate: boolean }>(
    `SELECT c.relname AS table, tg.tgname AS name, (tg.tgtype & 32) <> 0 AS truncate
       FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND NOT tg.tgisinternal ORDER BY tg.tgname`,
  );
  const schema: Schema = {};
  for (const c of columns) {
    schema[c.table_name] ??= { columns: [], primaryKey: [], foreignKeys: [], indexes: [], triggers: [] };
    schema[c.table_name]!.columns.push({
      name: c.column_name,
      type: c.data_type,
      notNull: c.is_nullable === 'NO',
      // '{}'::text → '{}', as SQLite reports a default.
      default: c.column_default?.replace(/::text$/, '') ?? null,
    });
  }
  for (const k of keys) {
    const table = schema[k.table]!;
    if (k.kind === 'p') table.primaryKey = k.columns;
    else table.foreignKeys.push(`${k.columns[0]} -> ${k.ref_table}.${k.refs[0]}`);
  }
  for (const table of Object.values(schema)) table.foreignKeys.sort();
  // The primary key's index is compared as primaryKey (SQLite's INTEGER PRIMARY KEY has none).
  for (const i of indexes.filter((i) => i.constraint !== 'p')) {
    schema[i.table]!.indexes.push({
      name: i.constraint ? null : i.name,
      columns: i.columns,
      unique: i.unique,
      partial: i.partial,
    });
  }
  for (const table of Object.values(schema)) table.indexes = sortIndexes(table.indexes);
  for (const t of triggers) if (!t.truncate) schema[t.table]!.triggers.push(t.name);
  return schema;
}

const sortIndexes = (indexes: Index[]): Index[] =>
  [...indexes].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe.skipIf(!process.env.DATABASE_URL)('the PostgreSQL schema', () => {
  let pg: Awaited<ReturnType<typeof freshPostgres>>;
  beforeAll(async () => {
    pg = await freshPostgres('parity');
  });
  afterAll(async () => {
    await pg?.drop();
  });

  it('has the tables, columns, keys, indexes and triggers of the SQLite schema', async () => {
    const expected = sqliteSchema();
    // Differences on purpose:
    // - people.email is COLLATE NOCASE UNIQUE in SQLite; PostgreSQL has no NOCASE, so a unique
    //   index on lower(email) refuses a second spelling instead (stores compare lower()).
    const people = expected.people!;
    people.indexes = sortIndexes([
      ...people.indexes.filter((i) => !(i.unique && i.columns.join() === 'email')),
      { name: 'people_email_unique', columns: ['lower(email)'], unique: true, partial: false },
    ]);
    // - audit_log's inserts wait for the previous inserting transaction, so that its seq order
    //   is commit order with several writers (SQLite has one writer: nothing to do).
    expected.audit_log!.triggers = [...expected.audit_log!.triggers, 'audit_log_in_commit_order'].sort();
    const actual = await postgresSchema(pg.sql);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const table of Object.keys(expected))
      expect({ table, ...actual[table] }).toEqual({ table, ...expected[table] });
  });

  it('compares text byte by byte, as SQLite does, whatever the database locale', async () => {
    const other = await pg.sql.all<{ column: string; collation: string | null }>(
      `SELECT table_name || '.' || column_name AS column, collation_name AS collation FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'`,
    );
    // schema_migrations is the runner's own table, not a migration's.
    expect(other.filter((c) => !c.column.startsWith('schema_migrations.'))).toEqual([]);
  });

  it('refuses TRUNCATE of every table whose rows cannot be deleted', async () => {
    const unguarded = await pg.sql.all<{ table: string }>(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r'
          AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND (t.tgtype & 8) <> 0)
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND (t.tgtype & 32) <> 0)`,
    );
    expect(unguarded).toEqual([]);
  });
});
