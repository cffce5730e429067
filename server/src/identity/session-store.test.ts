import { beforeEach, describe, expect, it } from 'vitest';
import { SqliteRecordStore } from '../storage/sqlite/record-store.js';
import { tempDatabase } from '../storage/sqlite/testing.js';
import { csrfMatches } from './session-store.js';
import { type Identity, sqliteIdentity } from './identity.js';

const temp = tempDatabase('sessions');
let identity: Identity;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2026-03-03T09:00:00.000Z');
  identity = sqliteIdentity(temp.db, { now: () => clock, sessionTtlMs: 60_000 });
  const records = new SqliteRecordStore(temp.db);
  await records.createWorkspace({ id: 'mag', name: 'MAG' });
  await records.createWorkspace({ id: 'bpf', name: 'BPF' });
  await records.createDocument({ id: 'd', workspaceId: 'mag', title: 'D', kind: 'outcome' });
});

const ana = {
  email: 'ana@example.org',
  name: 'Ana Silva',
  stakeholderGroup: 'civil-society',
  affiliation: 'CGI.br',
  country: 'BR',
};

describe('SqliteSessionStore sessions', () => {
  it('verifies a session until it expires, and stores only hashes', async () => {
    const a = await identity.people.createPerson(ana);
    const session = await identity.sessions.createSession(a.id);
    expect(session.sessionSecret).toMatch(/^acs_/);
    expect(session.expiresAt).toBe('2026-03-03T09:01:00.000Z');
    const active = await identity.sessions.verifySession(session.sessionSecret);
    expect(active).toMatchObject({ personId: a.id, expiresAt: session.expiresAt });
    expect(csrfMatches(active!, session.csrfToken)).toBe(true);
    expect(csrfMatches(active!, undefined)).toBe(false);
    expect(csrfMatches(active!, (await identity.sessions.createSession(a.id)).csrfToken)).toBe(false);
    const raw = JSON.stringify(temp.db.prepare('SELECT * FROM sessions').all());
    expect(raw).not.toContain(session.sessionSecret.slice(4));
    expect(raw).not.toContain(session.csrfToken.slice(4));

    clock = new Date('2026-03-03T09:01:00.000Z');
    expect(await identity.sessions.verifySession(session.sessionSecret)).toBeUndefined();
  });

  it('refuses revoked, unknown and malformed sessions; sign-out everywhere', async () => {
    const a = await identity.people.createPerson(ana);
    const one = await identity.sessions.createSession(a.id);
    const two = await identity.sessions.createSession(a.id);
    expect(await identity.sessions.revokeSession(one.sessionSecret)).toBe(true);
    expect(await identity.sessions.revokeSession(one.sessionSecret)).toBe(false);
    expect(await identity.sessions.verifySession(one.sessionSecret)).toBeUndefined();
    expect(await identity.sessions.verifySession(two.sessionSecret)).toBeDefined();
    expect(await identity.sessions.verifySession('acs_' + 'A'.repeat(43))).toBeUndefined();
    expect(await identity.sessions.verifySession('nonsense')).toBeUndefined();
    expect(await identity.sessions.revokeSessionsOf(a.id)).toBe(1);
    expect(await identity.sessions.verifySession(two.sessionSecret)).toBeUndefined();
  });
});

describe('SqliteSessionStore API tokens', () => {
  it('verifies tokens until revoked; a session secret is not a token', async () => {
    const a = await identity.people.createPerson(ana);
    const token = await identity.sessions.createApiToken(a.id, 'export script');
    expect(token).toMatch(/^act_[A-Za-z0-9_-]{43}$/);
    expect(await identity.sessions.verifyApiToken(token)).toEqual({ personId: a.id, name: 'export script' });
    expect(
      await identity.sessions.verifyApiToken((await identity.sessions.createSession(a.id)).sessionSecret),
    ).toBeUndefined();
    expect(await identity.sessions.revokeApiToken(token)).toBe(true);
    expect(await identity.sessions.verifyApiToken(token)).toBeUndefined();
    expect(JSON.stringify(temp.db.prepare('SELECT * FROM api_tokens').all())).not.toContain(token.slice(4));
  });
  it('audits a token created for someone', async () => {
    const person = await identity.people.createPerson(ana);
    await identity.sessions.createApiToken(person.id, 'ci', { actorPersonId: null, via: 'cli' });
    expect((await identity.audit.list()).map((e) => [e.action, e.target, e.detail])).toEqual([
      ['token.create', person.id, { name: 'ci', via: 'cli' }],
    ]);
  });
});
