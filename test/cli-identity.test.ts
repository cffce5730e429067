/**
 * `accord user add`, `accord token`, `accord role set` as an operator runs them: a child
 * process on a real data directory, checked against what lands in the database.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir, tempDataDir } from './helpers/accord-process.js';
import { Database, runCli as accordCli } from './helpers/cli.js';

async function ok(dataDir: string, args: string[], stdin?: string): Promise<string[]> {
  const result = await accordCli(dataDir, args, stdin);
  expect(result.code, `accord ${args.join(' ')} failed:\n${result.stderr}`).toBe(0);
  return result.stdout.trimEnd().split('\n');
}

const lastLine = (lines: string[]) => lines[lines.length - 1]!;

/** Reads the data directory's database while no CLI runs. */
function query<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'accord.db'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const dirs: string[] = [];
let dataDir: string;

beforeEach(async () => {
  dataDir = tempDataDir();
  dirs.push(dataDir);
  await ok(dataDir, ['workspace', 'create', '--id', 'mag', '--name', 'MAG']);
});
afterEach(() => dirs.splice(0).forEach(removeDir));

const ana = [
  '--email',
  'Ana.Silva@Example.org',
  '--name',
  'Ana Silva',
  '--group',
  'civil-society',
  '--affiliation',
  'CGI.br',
  '--country',
  'br',
];

describe('accord user add', () => {
  it('adds a person with a role and a password, prints the id last and audits each step', async () => {
    const lines = await ok(
      dataDir,
      ['user', 'add', ...ana, '--workspace', 'mag', '--role', 'member', '--password-stdin'],
      'correct horse battery\n',
    );
    const id = lastLine(lines);
    expect(lines[0]).toBe('created Ana Silva <ana.silva@example.org> (civil-society) as member in mag');
    expect(query(dataDir, 'SELECT id, email, name, stakeholder_group, affiliation, country FROM people')).toEqual([
      {
        id,
        email: 'ana.silva@example.org',
        name: 'Ana Silva',
        stakeholder_group: 'civil-society',
        affiliation: 'CGI.br',
        country: 'BR',
      },
    ]);
    expect(query(dataDir, 'SELECT person_id, workspace_id, role FROM workspace_roles')).toEqual([
      { person_id: id, workspace_id: 'mag', role: 'member' },
    ]);
    const [hash] = query<{ hash: string }>(dataDir, 'SELECT hash FROM passwords WHERE person_id = ?', id);
    expect(hash!.hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const audit = query<{ actor_person_id: string | null; action: string; target: string; detail: string }>(
      dataDir,
      'SELECT * FROM audit_log ORDER BY seq',
    );
    expect(audit.map((a) => a.action)).toEqual(['person.create', 'password.set', 'role.change']);
    expect(audit.every((a) => a.actor_person_id === null && a.target === id)).toBe(true);
    expect(JSON.parse(audit[2]!.detail)).toEqual({ role: 'member', previous: null, via: 'cli' });
  });

  it('adds a person with no role at all', async () => {
    await ok(dataDir, ['user', 'add', '--email', 'p@example.org', '--name', 'Public', '--group', 'academia']);
    expect(query(dataDir, 'SELECT COUNT(*) AS n FROM workspace_roles')).toEqual([{ n: 0 }]);
  });

  it.each([
    [
      'an unknown stakeholder group',
      ['--email', 'x@example.org', '--name', 'X', '--group', 'youth'],
      undefined,
      /unknown stakeholder group youth/,
    ],
    [
      'a bad email',
      ['--email', 'not-an-email', '--name', 'X', '--group', 'academia'],
      undefined,
      /--email must be an email address/,
    ],
    [
      'a bad country',
      ['--email', 'x@example.org', '--name', 'X', '--group', 'academia', '--country', 'Kenya'],
      undefined,
      /--country/,
    ],
    [
      'an unknown workspace',
      ['--email', 'x@example.org', '--name', 'X', '--group', 'academia', '--workspace', 'nope', '--role', 'member'],
      undefined,
      /no workspace nope/,
    ],
    [
      'a workspace without a role',
      ['--email', 'x@example.org', '--name', 'X', '--group', 'academia', '--workspace', 'mag'],
      undefined,
      /--workspace and --role go together/,
    ],
    [
      'a short password',
      ['--email', 'x@example.org', '--name', 'X', '--group', 'academia', '--password-stdin'],
      'short\n',
      /at least 10 characters/,
    ],
  ])('refuses %s with exit code 2 and creates no one', async (_name, args, stdin, message) => {
    const result = await accordCli(dataDir, ['user', 'add', ...args], stdin);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(query(dataDir, 'SELECT COUNT(*) AS n FROM people')).toEqual([{ n: 0 }]);
  });

  it('refuses a second person with the same email in another case', async () => {
    await ok(dataDir, ['user', 'add', ...ana]);
    const again = await accordCli(dataDir, [
      'user',
      'add',
      ...ana.map((a) => (a === 'Ana.Silva@Example.org' ? 'ana.silva@example.ORG' : a)),
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});

describe('accord token', () => {
  it('prints a bearer token on its last line and stores only its hash', async () => {
    const id = lastLine(await ok(dataDir, ['user', 'add', ...ana]));
    const token = lastLine(await ok(dataDir, ['token', '--email', 'ana.silva@example.org', '--name', 'export script']));
    expect(token).toMatch(/^act_[A-Za-z0-9_-]{43}$/);
    const rows = query<{ id_hash: string; person_id: string; name: string }>(
      dataDir,
      'SELECT id_hash, person_id, name FROM api_tokens',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ person_id: id, name: 'export script' });
    expect(rows[0]!.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    expect(
      query<{ action: string }>(dataDir, 'SELECT action FROM audit_log ORDER BY seq').map((a) => a.action),
    ).toContain('token.create');
  });

  it('revokes a token read from stdin, audited, and refuses one that is not active', async () => {
    await ok(dataDir, ['user', 'add', ...ana]);
    const token = lastLine(await ok(dataDir, ['token', '--email', 'ana.silva@example.org']));
    expect(lastLine(await ok(dataDir, ['token', 'revoke'], `${token}\n`))).toBe('token revoked');
    expect(
      query<{ n: number }>(dataDir, 'SELECT COUNT(*) AS n FROM api_tokens WHERE revoked_at IS NOT NULL')[0]!.n,
    ).toBe(1);
    expect(
      query<{ action: string }>(dataDir, 'SELECT action FROM audit_log ORDER BY seq').map((a) => a.action),
    ).toContain('token.revoke');
    const again = await accordCli(dataDir, ['token', 'revoke'], token);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('no active token');
  });

  it('refuses an unknown email', async () => {
    const result = await accordCli(dataDir, ['token', '--email', 'ghost@example.org']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no person with email ghost@example.org');
    expect(result.stdout).toBe('');
  });
});

describe('accord role set', () => {
  it('grants, changes and removes a role, auditing the previous one each time', async () => {
    const id = lastLine(await ok(dataDir, ['user', 'add', ...ana]));
    const roles = () => query(dataDir, 'SELECT workspace_id, role FROM workspace_roles WHERE person_id = ?', id);
    expect(
      await ok(dataDir, [
        'role',
        'set',
        '--email',
        'ana.silva@example.org',
        '--workspace',
        'mag',
        '--role',
        'observer',
      ]),
    ).toEqual(['ana.silva@example.org is now observer in mag']);
    await ok(dataDir, [
      'role',
      'set',
      '--email',
      'ANA.SILVA@example.org',
      '--workspace',
      'mag',
      '--role',
      'coordinator',
    ]);
    expect(roles()).toEqual([{ workspace_id: 'mag', role: 'coordinator' }]);
    await ok(dataDir, ['role', 'set', '--email', 'ana.silva@example.org', '--workspace', 'mag', '--role', 'none']);
    expect(roles()).toEqual([]);
    const changes = query<{ detail: string }>(
      dataDir,
      "SELECT detail FROM audit_log WHERE action = 'role.change' ORDER BY seq",
    ).map((r) => JSON.parse(r.detail));
    expect(changes).toEqual([
      { role: 'observer', previous: null, via: 'cli' },
      { role: 'coordinator', previous: 'observer', via: 'cli' },
      { role: null, previous: 'coordinator', via: 'cli' },
    ]);
  });

  it('refuses an unknown role or workspace and changes nothing', async () => {
    await ok(dataDir, ['user', 'add', ...ana, '--workspace', 'mag', '--role', 'member']);
    for (const [args, message] of [
      [['--workspace', 'mag', '--role', 'admin'], /--role must be one of/],
      [['--workspace', 'other', '--role', 'observer'], /no workspace other/],
    ] as const) {
      const result = await accordCli(dataDir, ['role', 'set', '--email', 'ana.silva@example.org', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(query(dataDir, 'SELECT role FROM workspace_roles')).toEqual([{ role: 'member' }]);
  });
});
