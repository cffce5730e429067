/**
 * The `accord` CLI on PostgreSQL: the same commands, reading the same environment as the
 * server (ACCORD_DATABASE_URL), on a database of this file's own; `backup` points to pg_dump.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { removeDir, tempDataDir } from './helpers/accord-process.js';
import { freshDatabase, type FreshDatabase } from './scale-out/cluster.js';

describe.runIf(Boolean(process.env.DATABASE_URL))('the accord CLI on PostgreSQL', () => {
  let database: FreshDatabase;
  // The data directory must stay empty: nothing may go to SQLite when a database URL is set.
  let dataDir: string;
  beforeAll(async () => {
    database = await freshDatabase('cli');
    dataDir = tempDataDir();
  });
  afterAll(async () => {
    await database?.drop();
    if (dataDir) removeDir(dataDir);
  });

  const cli = (...args: string[]) => runCli(dataDir, args, undefined, { ACCORD_DATABASE_URL: database.url });
  const ok = async (...args: string[]): Promise<string[]> => {
    const result = await cli(...args);
    expect(result.code, `accord ${args.join(' ')} failed:\n${result.stderr}`).toBe(0);
    return result.stdout.trimEnd().split('\n');
  };

  it('migrates the database, creates and lists workspaces and documents in it, and adds a person', async () => {
    expect(await ok('workspace', 'create', '--id', 'wg', '--name', 'Working group')).toEqual(['wg']);
    const id = (await ok('doc', 'create', '--workspace', 'wg', '--title', 'Draft')).at(-1)!;
    expect(JSON.parse((await ok('doc', 'list', '--json'))[0]!)).toEqual([
      { id, workspace: 'wg', title: 'Draft', kind: 'outcome' },
    ]);
    await ok(
      'user',
      'add',
      '--email',
      'ana@example.org',
      '--name',
      'Ana',
      '--group',
      'civil-society',
      '--workspace',
      'wg',
      '--role',
      'member',
    );
    // Written to PostgreSQL, not to a SQLite file in the data directory.
    expect(await database.query('SELECT id, name FROM workspaces')).toEqual([{ id: 'wg', name: 'Working group' }]);
    expect(await database.query("SELECT action FROM audit_log WHERE action = 'person.create'")).toHaveLength(1);
    expect((await import('node:fs')).readdirSync(dataDir)).toEqual([]);
  });

  it('refuses backup, naming pg_dump', async () => {
    const result = await cli('backup', dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pg_dump');
    expect(result.stderr).toContain('ACCORD_DATABASE_URL');
  });
});
