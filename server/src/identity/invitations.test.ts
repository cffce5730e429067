import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../storage/sqlite/database.js';
import { SqliteRecordStore } from '../storage/sqlite/record-store.js';
import { SqliteIdentityStore } from './identity-store.js';
import { SqliteInvitationStore } from './invitations.js';

let dir: string;
let db: Db;
let people: SqliteIdentityStore;
let invitations: SqliteInvitationStore;
let clock: Date;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-invitations-'));
  db = openDatabase(dir);
  clock = new Date('2026-03-03T09:00:00.000Z');
  people = new SqliteIdentityStore(db, { now: () => clock });
  invitations = new SqliteInvitationStore(db, people, { now: () => clock, ttlMs: 60_000 });
  await new SqliteRecordStore(db).createWorkspace({ id: 'mag', name: 'MAG' });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const newcomer = { name: 'Kofi Mensah', stakeholderGroup: 'technical-community', password: 'a long enough password' };

describe('SqliteInvitationStore', () => {
  it('creates an account from a link once, grants the role, and audits both steps', async () => {
    const { token } = await invitations.create({ workspaceId: 'mag', email: 'kofi@example.org', role: 'member' }, null);
    expect(await invitations.peek(token)).toMatchObject({ workspaceId: 'mag', email: 'kofi@example.org', role: 'member' });
    const { person } = await invitations.accept(token, newcomer);
    expect(person).toMatchObject({ email: 'kofi@example.org', name: 'Kofi Mensah' });
    expect(await people.getRole(person.id, 'mag')).toBe('member');
    expect(await people.checkPassword('kofi@example.org', newcomer.password)).toMatchObject({ id: person.id });
    await expect(invitations.accept(token, newcomer)).rejects.toThrow(/invalid, used or expired/);
    expect(await invitations.peek(token)).toBeUndefined();
    const actions = (await people.listAudit()).map((e) => e.action);
    expect(actions).toEqual(['invitation.create', 'person.create', 'password.set', 'role.change']);
  });

  it('adds the role to an existing account without asking for details', async () => {
    const existing = await people.createPerson({ email: 'ana@example.org', name: 'Ana', stakeholderGroup: 'civil-society' });
    const { token } = await invitations.create({ workspaceId: 'mag', email: 'ANA@example.org', role: 'observer' }, null);
    const { person } = await invitations.accept(token, {});
    expect(person.id).toBe(existing.id);
    expect(await people.getRole(existing.id, 'mag')).toBe('observer');
  });

  it('refuses expired links, malformed tokens and incomplete details, and a failed accept leaves the link usable', async () => {
    const { token } = await invitations.create({ workspaceId: 'mag', email: 'kofi@example.org', role: 'member' }, null);
    await expect(invitations.accept(token, { name: 'Kofi' })).rejects.toThrow(/name, stakeholder group and a password/);
    await expect(invitations.accept(token, { ...newcomer, stakeholderGroup: 'no-such-group' })).rejects.toThrow(/unknown stakeholder group/);
    expect(await invitations.peek(token)).toBeDefined();
    expect(await invitations.peek('aci_not-a-token')).toBeUndefined();
    expect(await invitations.peek(token.replace('aci_', 'act_'))).toBeUndefined();
    clock = new Date(clock.getTime() + 61_000);
    await expect(invitations.accept(token, newcomer)).rejects.toThrow(/expired/);
  });
});
