/**
 * For tests: a fresh database before each test of the calling file, in each dialect this
 * machine offers — SQLite always, PostgreSQL when `DATABASE_URL` is set (a schema of its own
 * per test, dropped after) — and the smallest records stores are tested against.
 *
 *     describe.each(dialects)('on %s', (dialect) => {
 *       const t = testDatabase(dialect, 'comments');
 *       it('…', async () => { const store = new SqlCommentStore(t.sql, …); … });
 *     });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from './sqlite/database.js';
import { SqliteSql } from './sql/sqlite.js';
import { PostgresSql } from './sql/postgres.js';
import type { Dialect, SqlDatabase } from './sql/types.js';
import { migratePostgres } from './postgres/migrate.js';
import { pgMigrations } from './postgres/migrations/index.js';

/** The dialects to run storage tests in: PostgreSQL too when `DATABASE_URL` points at one. */
export const dialects: readonly Dialect[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, migrated PostgreSQL schema on `DATABASE_URL`; `drop` removes it. */
export async function freshPostgres(name: string): Promise<{ sql: PostgresSql; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: PostgreSQL tests need a database (.ci/run sets it)');
  const schema = `t_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  const sql = new PostgresSql({ url, schema, max: 4 });
  await migratePostgres(sql, pgMigrations);
  return {
    sql,
    drop: async () => {
      await sql.close();
      const admin = new PostgresSql({ url, max: 1 });
      try {
        await admin.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.close();
      }
    },
  };
}

/** Registers hooks opening a new database of `dialect` before each test and removing it after; call inside a describe. */
export function testDatabase(dialect: Dialect, name: string): { readonly sql: SqlDatabase } {
  let sql: SqlDatabase | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    if (dialect === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), `accord-${name}-`));
      const opened = new SqliteSql(openDatabase(dir));
      sql = opened;
      cleanup = async () => {
        await opened.close();
        rmSync(dir, { recursive: true, force: true });
      };
    } else {
      const pg = await freshPostgres(name);
      sql = pg.sql;
      cleanup = pg.drop;
    }
  });
  afterEach(async () => {
    await cleanup?.();
    sql = undefined;
    cleanup = undefined;
  });
  return {
    get sql() {
      if (!sql) throw new Error('the test database exists only inside tests and hooks');
      return sql;
    },
  };
}

/** Workspace `w` with document `d`, and two people of different stakeholder groups; returns their ids. */
export async function seedTwoPeople(sql: SqlDatabase): Promise<{ ana: string; ben: string }> {
  const at = '2026-12-01T08:00:00.000Z';
  await sql.run("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('w', 'W', ?, ?)", [at, at]);
  await sql.run(
    "INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at) VALUES ('d', 'w', 'D', 'summary', ?, ?)",
    [at, at],
  );
  const person = (id: string, email: string, name: string, group: string) =>
    sql.run('INSERT INTO people (id, email, name, stakeholder_group, created_at) VALUES (?, ?, ?, ?, ?)', [
      id,
      email,
      name,
      group,
      at,
    ]);
  await person('pAna', 'ana@example.org', 'Ana', 'civil-society');
  await person('pBen', 'ben@example.org', 'Ben', 'government');
  return { ana: 'pAna', ben: 'pBen' };
}

/**
 * On top of {@link seedTwoPeople}: version `v` of document `d`, round `r` on it (Ana's),
 * participant `p` (group only) and their published general comment `c`.
 */
export async function seedRound(
  sql: SqlDatabase,
  at = '2026-12-01T09:00:00.000Z',
): Promise<{ ana: string; ben: string }> {
  const people = await seedTwoPeople(sql);
  await sql.run(
    "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft', 'D', ?, '[]', ?, ?)",
    [new Uint8Array([0]), at, people.ana],
  );
  await sql.run(
    `INSERT INTO rounds (id, document_id, version_id, title, opens_at, closes_at, participation, moderation, created_at, created_by)
     VALUES ('r', 'd', 'v', 'Round', ?, '2026-12-15T17:00:00.000Z', 'anyone', 'immediate', ?, ?)`,
    [at, at, people.ana],
  );
  await sql.run(
    `INSERT INTO participants (id, round_id, token_hash, name, email, stakeholder_group, country, show_only, created_at)
     VALUES ('p', 'r', 'h', 'Ada', 'ada@example.org', 'civil-society', 'KE', 'group-only', ?)`,
    [at],
  );
  await sql.run(
    `INSERT INTO public_comments (id, round_id, participant_id, anchor, text, status, created_at) VALUES ('c', 'r', 'p', '{"kind":"general"}', 'Hi', 'published', ?)`,
    [at],
  );
  return people;
}
