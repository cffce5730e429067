import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, scryptSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../storage/sqlite/database.js';
import { SqliteRecordStore } from '../storage/sqlite/record-store.js';
import { authorize } from '../authz/authorize.js';
import { IdentityError, SqliteIdentityStore } from './identity-store.js';
import { loadPrincipal } from './principal.js';

let dir: string;
let db: Db;
let store: SqliteIdentityStore;
let clock: Date;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-identity-'));
  db = openDatabase(dir);
  clock = new Date('2026-03-03T09:00:00.000Z');
  store = new SqliteIdentityStore(db, { now: () => clock, sessionTtlMs: 60_000 });
  const records = new SqliteRecordStore(db);
  await records.createWorkspace({ id: 'mag', name: 'MAG' });
  await records.createWorkspace({ id: 'bpf', name: 'BPF' });
  await records.createDocument({ id: 'd', workspaceId: 'mag', title: 'D', kind: 'outcome' });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ana = {
  email: 'ana@example.org',
  name: 'Ana Silva',
  stakeholderGroup: 'civil-society',
  affiliation: 'CGI.br',
  country: 'BR',
};

describe('SqliteIdentityStore people', () => {
  it('creates and finds people, by id and case-insensitive email', async () => {
    const person = await store.createPerson(ana);
    expect(person).toMatchObject({
      email: 'ana@example.org',
      name: 'Ana Silva',
      stakeholderGroup: 'civil-society',
      affiliation: 'CGI.br',
      country: 'BR',
    });
    expect(person.id).toMatch(/^[a-z0-9]{14}$/);
    expect(await store.getPerson(person.id)).toEqual(person);
    expect(await store.findPersonByEmail('ANA@Example.org')).toEqual(person);
    expect(await store.findPersonByEmail('bo@example.org')).toBeUndefined();
  });

  it('refuses a taken email and an unknown stakeholder group, naming the known ones', async () => {
    await store.createPerson(ana);
    await expect(store.createPerson({ ...ana, email: 'Ana@example.org' })).rejects.toThrow(IdentityError);
    await expect(store.createPerson({ ...ana, email: 'x@example.org', stakeholderGroup: 'youth' })).rejects.toThrow(
      /unknown stakeholder group youth; known groups: .*academia/,
    );
    await store.addStakeholderGroup({ id: 'youth', name: 'Youth' });
    expect(
      (await store.createPerson({ ...ana, email: 'x@example.org', stakeholderGroup: 'youth' })).stakeholderGroup,
    ).toBe('youth');
    await expect(store.addStakeholderGroup({ id: 'youth', name: 'Again' })).rejects.toThrow(/already exists/);
  });
});

describe('SqliteIdentityStore passwords', () => {
  it('checks a password and answers every failure the same way', async () => {
    const person = await store.createPerson(ana);
    expect(await store.checkPassword(ana.email, 'correct horse battery')).toBeUndefined(); // no password yet
    await store.setPassword(person.id, 'correct horse battery');
    expect(await store.checkPassword('ANA@example.org', 'correct horse battery')).toEqual(person);
    expect(await store.checkPassword(ana.email, 'wrong horse battery')).toBeUndefined();
    expect(await store.checkPassword('nobody@example.org', 'correct horse battery')).toBeUndefined();
    const stored = (db.prepare('SELECT hash FROM passwords').get() as { hash: string }).hash;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('correct');
  });

  it('upgrades a hash made with older parameters at the next successful check', async () => {
    const person = await store.createPerson(ana);
    await store.setPassword(person.id, 'correct horse battery');
    // An old-parameter hash, as an earlier Accord would have written it.
    const salt = randomBytes(16);
    const old = `scrypt$16384$8$1$${salt.toString('base64')}$${scryptSync('correct horse battery', salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64')}`;
    db.prepare('UPDATE passwords SET hash = ?').run(old);
    expect(await store.checkPassword(ana.email, 'correct horse battery')).toEqual(person);
    expect((db.prepare('SELECT hash FROM passwords').get() as { hash: string }).hash).toMatch(/^scrypt\$32768\$/);
  });
});

describe('SqliteIdentityStore roles', () => {
  it('grants, changes, lists and revokes roles per workspace', async () => {
    const a = await store.createPerson(ana);
    const b = await store.createPerson({ email: 'bo@example.org', name: 'Bo', stakeholderGroup: 'government' });
    const c = await store.createPerson({ email: 'cy@example.org', name: 'Cy', stakeholderGroup: 'academia' });
    await store.setRole(a.id, 'mag', 'member');
    await store.setRole(a.id, 'bpf', 'observer');
    await store.setRole(b.id, 'mag', 'secretariat');
    expect(await store.getRole(a.id, 'mag')).toBe('member');
    await store.setRole(a.id, 'mag', 'coordinator');
    expect(await store.rolesOf(a.id)).toEqual(
      new Map([
        ['mag', 'coordinator'],
        ['bpf', 'observer'],
      ]),
    );
    // A person may hold no role at all (public participants).
    expect(await store.rolesOf(c.id)).toEqual(new Map());
    expect((await store.listWorkspacePeople('mag')).map((m) => [m.person.name, m.role])).toEqual([
      ['Ana Silva', 'coordinator'],
      ['Bo', 'secretariat'],
    ]);
    expect(await store.changeRole(a.id, 'mag', null, { actorPersonId: b.id })).toBe('coordinator');
    expect(await store.changeRole(a.id, 'mag', null, { actorPersonId: b.id })).toBe(null);
    expect(await store.getRole(a.id, 'mag')).toBeUndefined();
  });

  it('keeps a document audience, empty meaning the whole workspace', async () => {
    const a = await store.createPerson(ana);
    expect(await store.getDocumentAudience('d')).toEqual([]);
    await store.setDocumentAudience('d', [a.id, a.id]);
    expect(await store.getDocumentAudience('d')).toEqual([a.id]);
    await store.setDocumentAudience('d', []);
    expect(await store.getDocumentAudience('d')).toEqual([]);
  });
});

describe('SqliteIdentityStore sessions', () => {
  it('verifies a session until it expires, and stores only hashes', async () => {
    const a = await store.createPerson(ana);
    const session = await store.createSession(a.id);
    expect(session.sessionSecret).toMatch(/^acs_/);
    expect(session.expiresAt).toBe('2026-03-03T09:01:00.000Z');
    const active = await store.verifySession(session.sessionSecret);
    expect(active).toMatchObject({ personId: a.id, expiresAt: session.expiresAt });
    expect(store.checkCsrf(active!, session.csrfToken)).toBe(true);
    expect(store.checkCsrf(active!, undefined)).toBe(false);
    expect(store.checkCsrf(active!, (await store.createSession(a.id)).csrfToken)).toBe(false);
    const raw = JSON.stringify(db.prepare('SELECT * FROM sessions').all());
    expect(raw).not.toContain(session.sessionSecret.slice(4));
    expect(raw).not.toContain(session.csrfToken.slice(4));

    clock = new Date('2026-03-03T09:01:00.000Z');
    expect(await store.verifySession(session.sessionSecret)).toBeUndefined();
  });

  it('refuses revoked, unknown and malformed sessions; sign-out everywhere', async () => {
    const a = await store.createPerson(ana);
    const one = await store.createSession(a.id);
    const two = await store.createSession(a.id);
    expect(await store.revokeSession(one.sessionSecret)).toBe(true);
    expect(await store.revokeSession(one.sessionSecret)).toBe(false);
    expect(await store.verifySession(one.sessionSecret)).toBeUndefined();
    expect(await store.verifySession(two.sessionSecret)).toBeDefined();
    expect(await store.verifySession('acs_' + 'A'.repeat(43))).toBeUndefined();
    expect(await store.verifySession('nonsense')).toBeUndefined();
    expect(await store.revokeSessionsOf(a.id)).toBe(1);
    expect(await store.verifySession(two.sessionSecret)).toBeUndefined();
  });
});

describe('SqliteIdentityStore API tokens', () => {
  it('verifies tokens until revoked; a session secret is not a token', async () => {
    const a = await store.createPerson(ana);
    const token = await store.createApiToken(a.id, 'export script');
    expect(token).toMatch(/^act_[A-Za-z0-9_-]{43}$/);
    expect(await store.verifyApiToken(token)).toEqual({ personId: a.id, name: 'export script' });
    expect(await store.verifyApiToken((await store.createSession(a.id)).sessionSecret)).toBeUndefined();
    expect(await store.revokeApiToken(token)).toBe(true);
    expect(await store.verifyApiToken(token)).toBeUndefined();
    expect(JSON.stringify(db.prepare('SELECT * FROM api_tokens').all())).not.toContain(token.slice(4));
  });
});

describe('SqliteIdentityStore audit log', () => {
  it('appends and lists in order, by workspace and page', async () => {
    const first = await store.appendAudit({
      actorPersonId: null,
      action: 'role.change',
      workspaceId: 'mag',
      target: 'p1',
      detail: { role: 'member' },
    });
    expect(first).toEqual({
      seq: first.seq,
      at: clock.toISOString(),
      actorPersonId: null,
      action: 'role.change',
      workspaceId: 'mag',
      target: 'p1',
      detail: { role: 'member' },
    });
    await store.appendAudit({ actorPersonId: 'p9', action: 'session.sign-in' });
    const third = await store.appendAudit({
      actorPersonId: null,
      action: 'role.change',
      workspaceId: 'bpf',
      target: 'p2',
    });
    expect((await store.listAudit()).map((e) => e.action)).toEqual(['role.change', 'session.sign-in', 'role.change']);
    expect((await store.listAudit({ workspaceId: 'bpf' })).map((e) => e.seq)).toEqual([third.seq]);
    expect((await store.listAudit({ afterSeq: first.seq, limit: 1 })).map((e) => e.action)).toEqual([
      'session.sign-in',
    ]);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

describe('SqliteIdentityStore administrative changes', () => {
  it('adds a person with password and role, audited, in one transaction', async () => {
    const person = await store.addPerson(ana, {
      actorPersonId: 'admin',
      via: 'api',
      password: 'correct horse battery',
      grant: { workspaceId: 'mag', role: 'member' },
    });
    expect(await store.getRole(person.id, 'mag')).toBe('member');
    expect(await store.checkPassword(ana.email, 'correct horse battery')).toEqual(person);
    expect((await store.listAudit()).map((e) => [e.actorPersonId, e.action, e.target, e.detail])).toEqual([
      ['admin', 'person.create', person.id, { email: ana.email, via: 'api' }],
      ['admin', 'password.set', person.id, { via: 'api' }],
      ['admin', 'role.change', person.id, { role: 'member', previous: null, via: 'api' }],
    ]);
  });

  it('writes nothing when any step is refused', async () => {
    await expect(store.addPerson(ana, { actorPersonId: null, password: 'short' })).rejects.toThrow(/at least 10/);
    // An unknown workspace fails the role's foreign key after the person was inserted: all of it rolls back.
    await expect(
      store.addPerson(ana, { actorPersonId: null, grant: { workspaceId: 'nope', role: 'member' } }),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect(await store.findPersonByEmail(ana.email)).toBeUndefined();
    expect(await store.listAudit()).toEqual([]);
  });

  it('changes and removes roles with the previous one in the audit entry', async () => {
    const person = await store.createPerson(ana);
    expect(await store.changeRole(person.id, 'mag', 'observer', { actorPersonId: null })).toBeNull();
    expect(await store.changeRole(person.id, 'mag', 'coordinator', { actorPersonId: 'admin' })).toBe('observer');
    expect(await store.changeRole(person.id, 'mag', null, { actorPersonId: 'admin' })).toBe('coordinator');
    expect(await store.getRole(person.id, 'mag')).toBeUndefined();
    expect((await store.listAudit({ workspaceId: 'mag' })).map((e) => e.detail)).toEqual([
      { role: 'observer', previous: null },
      { role: 'coordinator', previous: 'observer' },
      { role: null, previous: 'coordinator' },
    ]);
  });

  it('audits a token created for someone', async () => {
    const person = await store.createPerson(ana);
    await store.createApiToken(person.id, 'ci', { actorPersonId: null, via: 'cli' });
    expect((await store.listAudit()).map((e) => [e.action, e.target, e.detail])).toEqual([
      ['token.create', person.id, { name: 'ci', via: 'cli' }],
    ]);
  });
});

describe('loadPrincipal', () => {
  it('carries the roles the authorization module decides on', async () => {
    const person = await store.createPerson(ana);
    await store.setRole(person.id, 'mag', 'observer');
    const principal = await loadPrincipal(store, person.id);
    expect(authorize(principal, 'document.read', { workspaceId: 'mag' })).toEqual({ allowed: true });
    expect(authorize(principal, 'document.edit', { workspaceId: 'mag' })).toEqual({
      allowed: false,
      reason: 'observers cannot edit this document',
    });
    expect(authorize(principal, 'document.read', { workspaceId: 'bpf' }).allowed).toBe(false);
  });
});
