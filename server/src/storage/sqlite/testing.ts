/**
 * For tests: a fresh SQLite database in a temporary directory for each test of the calling
 * file, and the smallest workspace records stores are tested against.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { SqlPeopleStore } from '../../identity/people-store.js';
import { openDatabase, type Db } from './database.js';
import { SqlRecordStore } from '../record-store.js';
import { SqliteSql } from '../sql/sqlite.js';

/** Registers hooks opening a new database before each test and removing it after; call at file level. */
export function tempDatabase(name: string): { readonly db: Db } {
  let dir = '';
  let db: Db | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `accord-${name}-`));
    db = openDatabase(dir);
  });
  afterEach(() => {
    db?.close();
    db = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get db() {
      if (!db) throw new Error('the test database exists only inside tests and hooks');
      return db;
    },
  };
}

/** Workspace `w` with document `d`, and two people of different stakeholder groups; returns their ids. */
export async function seedTwoPeople(db: Db): Promise<{ ana: string; ben: string }> {
  const records = new SqlRecordStore(new SqliteSql(db));
  await records.createWorkspace({ id: 'w', name: 'W' });
  await records.createDocument({ id: 'd', workspaceId: 'w', title: 'D', kind: 'summary' });
  const people = new SqlPeopleStore(new SqliteSql(db));
  const ana = (await people.createPerson({ email: 'ana@example.org', name: 'Ana', stakeholderGroup: 'civil-society' }))
    .id;
  const ben = (await people.createPerson({ email: 'ben@example.org', name: 'Ben', stakeholderGroup: 'government' })).id;
  return { ana, ben };
}

/**
 * On top of {@link seedTwoPeople}: version `v` of document `d`, round `r` on it (Ana's),
 * participant `p` (group only) and their published general comment `c`.
 */
export async function seedRound(db: Db, at = '2026-12-01T09:00:00.000Z'): Promise<{ ana: string; ben: string }> {
  const people = await seedTwoPeople(db);
  db.prepare(
    "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft', 'D', x'00', '[]', ?, ?)",
  ).run(at, people.ana);
  db.prepare(
    `INSERT INTO rounds (id, document_id, version_id, title, opens_at, closes_at, participation, moderation, created_at, created_by)
     VALUES ('r', 'd', 'v', 'Round', ?, '2026-12-15T17:00:00.000Z', 'anyone', 'immediate', ?, ?)`,
  ).run(at, at, people.ana);
  db.prepare(
    `INSERT INTO participants (id, round_id, token_hash, name, email, stakeholder_group, country, show_only, created_at)
     VALUES ('p', 'r', 'h', 'Ada', 'ada@example.org', 'civil-society', 'KE', 'group-only', ?)`,
  ).run(at);
  db.prepare(
    `INSERT INTO public_comments (id, round_id, participant_id, anchor, text, status, created_at) VALUES ('c', 'r', 'p', '{"kind":"general"}', 'Hi', 'published', ?)`,
  ).run(at);
  return people;
}
