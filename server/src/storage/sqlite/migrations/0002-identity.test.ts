import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../database.js';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-identity-migration-'));
  db = openDatabase(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0002-identity', () => {
  it('creates the identity tables', () => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    for (const t of [
      'stakeholder_groups',
      'people',
      'passwords',
      'workspace_roles',
      'document_audience',
      'sessions',
      'api_tokens',
      'invitations',
      'audit_log',
    ]) {
      expect(tables, t).toContain(t);
    }
  });

  it('seeds the default stakeholder groups', () => {
    const ids = (db.prepare('SELECT id FROM stakeholder_groups ORDER BY id').all() as { id: string }[]).map(
      (g) => g.id,
    );
    expect(ids).toEqual([
      'academia',
      'civil-society',
      'government',
      'intergovernmental',
      'private-sector',
      'technical-community',
    ]);
  });

  it('makes the audit log append-only', () => {
    db.prepare("INSERT INTO audit_log (at, action, detail) VALUES ('2026-01-01T00:00:00Z', 'role.change', '{}')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'role.change' }]);
  });

  it('treats emails as case-insensitive and refuses unknown roles', () => {
    const add = db.prepare(
      "INSERT INTO people (id, email, name, stakeholder_group, created_at) VALUES (?, ?, 'N', 'academia', 'now')",
    );
    add.run('p1', 'ana@example.org');
    expect(() => add.run('p2', 'ANA@example.org')).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('w', 'W', 'now', 'now')").run();
    expect(() => db.prepare("INSERT INTO workspace_roles VALUES ('p1', 'w', 'admin', 'now')").run()).toThrow(/CHECK/);
  });
});
