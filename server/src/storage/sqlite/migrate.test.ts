import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, type Migration } from './migrate.js';
import { openDatabase } from './database.js';
import { migrations } from './migrations/index.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-migrate-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migrate', () => {
  it('applies pending migrations once, in order, and records them', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x)') },
      { version: 2, name: 'b', up: (d) => d.exec('CREATE TABLE b (x)') },
    ];
    expect(migrate(db, steps.slice(0, 1))).toEqual([1]);
    expect(migrate(db, steps)).toEqual([2]);
    expect(migrate(db, steps)).toEqual([]);
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1, name: 'a' },
      { version: 2, name: 'b' },
    ]);
  });

  it('rolls a failing migration back completely', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half (x)');
        throw new Error('typo in migration');
      },
    };
    expect(() => migrate(db, [broken])).toThrow('typo in migration');
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
  });

  it('refuses a database from a newer Accord', () => {
    const db = new Database(':memory:');
    migrate(db, [
      { version: 1, name: 'a', up: () => {} },
      { version: 2, name: 'b', up: () => {} },
    ]);
    expect(() => migrate(db, [{ version: 1, name: 'a', up: () => {} }])).toThrow(/schema version 2 .* only up to 1/);
  });

  it('refuses gaps in version numbers', () => {
    expect(() => migrate(new Database(':memory:'), [{ version: 2, name: 'x', up: () => {} }])).toThrow(/expected 1/);
  });

  it('opens a data directory with WAL and the full schema', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: migrations.length });
    db.close();
  });
});
