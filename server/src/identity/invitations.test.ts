import { beforeEach, describe, expect, it } from 'vitest';
import { dialects, testDatabase } from '../storage/testing.js';
import { SqlAuditLog } from './audit-log.js';
import { SqlInvitationStore } from './invitations.js';
import { SqlPeopleStore } from './people-store.js';

const newcomer = { name: 'Kofi Mensah', stakeholderGroup: 'technical-community', password: 'a long enough password' };

describe.each(dialects)('SqlInvitationStore on %s', (dialect) => {
  const t = testDatabase(dialect, 'invitations');
  let people: SqlPeopleStore;
  let audit: SqlAuditLog;
  let invitations: SqlInvitationStore;
  let clock: Date;

  beforeEach(async () => {
    clock = new Date('2026-03-03T09:00:00.000Z');
    people = new SqlPeopleStore(t.sql, { now: () => clock });
    audit = new SqlAuditLog(t.sql, { now: () => clock });
    invitations = new SqlInvitationStore(t.sql, people, { now: () => clock, ttlMs: 60_000 });
    const at = clock.toISOString();
    await t.sql.run("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('mag', 'MAG', ?, ?)", [at, at]);
  });

  it('creates an account from a link once, grants the role, and audits both steps', async () => {
    const { token } = await invitations.create({ workspaceId: 'mag', email: 'kofi@example.org', role: 'member' }, null);
    expect(await invitations.peek(token)).toMatchObject({
      workspaceId: 'mag',
      email: 'kofi@example.org',
      role: 'member',
    });
    const { person } = await invitations.accept(token, newcomer);
    expect(person).toMatchObject({ email: 'kofi@example.org', name: 'Kofi Mensah' });
    expect(await people.getRole(person.id, 'mag')).toBe('member');
    expect(await people.checkPassword('kofi@example.org', newcomer.password)).toMatchObject({ id: person.id });
    await expect(invitations.accept(token, newcomer)).rejects.toThrow(/invalid, used, revoked or expired/);
    expect(await invitations.peek(token)).toBeUndefined();
    const entries = await audit.list();
    expect(entries.map((e) => e.action)).toEqual([
      'invitation.create',
      'person.create',
      'password.set',
      'role.change',
      'invitation.accept',
    ]);
    // Everything after the invitation was done by the newcomer themselves.
    expect(entries.slice(1).map((e) => e.actorPersonId)).toEqual([person.id, person.id, person.id, person.id]);
  });

  it('grants the role to an existing account only when it is the one signed in, and never to the link holder', async () => {
    const existing = await people.createPerson({
      email: 'ana@example.org',
      name: 'Ana',
      stakeholderGroup: 'civil-society',
    });
    const other = await people.createPerson({ email: 'eve@example.org', name: 'Eve', stakeholderGroup: 'academia' });
    const { token } = await invitations.create(
      { workspaceId: 'mag', email: 'ANA@example.org', role: 'observer' },
      other.id,
    );
    await expect(invitations.accept(token, {})).rejects.toMatchObject({ code: 'sign_in_required' });
    await expect(invitations.accept(token, newcomer)).rejects.toMatchObject({ code: 'sign_in_required' });
    await expect(invitations.accept(token, {}, other.id)).rejects.toMatchObject({ code: 'wrong_person' });
    expect(await people.getRole(existing.id, 'mag')).toBeUndefined();
    expect(await invitations.peek(token)).toBeDefined();
    const { person, created } = await invitations.accept(token, {}, existing.id);
    expect([person.id, created]).toEqual([existing.id, false]);
    expect(await people.getRole(existing.id, 'mag')).toBe('observer');
    const grant = (await audit.list()).find((e) => e.action === 'role.change');
    expect(grant).toMatchObject({ actorPersonId: existing.id, target: existing.id, workspaceId: 'mag' });
  });

  it('lists pending invitations with who invited, and revokes one for good, audited', async () => {
    const ana = await people.createPerson({ email: 'ana@example.org', name: 'Ana', stakeholderGroup: 'civil-society' });
    const first = await invitations.create({ workspaceId: 'mag', email: 'kofi@example.org', role: 'member' }, ana.id);
    clock = new Date(clock.getTime() + 1000);
    const second = await invitations.create({ workspaceId: 'mag', email: 'lin@example.org', role: 'observer' }, null);
    expect(await invitations.listPending('mag')).toEqual([
      {
        id: second.id,
        email: 'lin@example.org',
        role: 'observer',
        createdAt: clock.toISOString(),
        expiresAt: second.expiresAt,
        invitedBy: null,
      },
      {
        id: first.id,
        email: 'kofi@example.org',
        role: 'member',
        createdAt: '2026-03-03T09:00:00.000Z',
        expiresAt: first.expiresAt,
        invitedBy: 'Ana',
      },
    ]);
    expect(await invitations.revoke('other', first.id, ana.id)).toBe(false);
    expect(await invitations.revoke('mag', first.id, ana.id)).toBe(true);
    expect(await invitations.revoke('mag', first.id, ana.id)).toBe(false);
    expect((await invitations.listPending('mag')).map((i) => i.id)).toEqual([second.id]);
    expect(await invitations.peek(first.token)).toBeUndefined();
    await expect(invitations.accept(first.token, newcomer)).rejects.toMatchObject({
      reason: 'gone',
      status: 404,
      code: 'invitation_invalid',
    });
    expect((await audit.list()).at(-1)).toMatchObject({
      action: 'invitation.revoke',
      actorPersonId: ana.id,
      target: 'kofi@example.org',
    });
  });

  it('refuses expired links, malformed tokens and incomplete details, and a failed accept leaves the link usable', async () => {
    const { token } = await invitations.create({ workspaceId: 'mag', email: 'kofi@example.org', role: 'member' }, null);
    await expect(invitations.accept(token, { name: 'Kofi' })).rejects.toThrow(/name, stakeholder group and a password/);
    await expect(invitations.accept(token, { ...newcomer, stakeholderGroup: 'no-such-group' })).rejects.toThrow(
      /unknown stakeholder group/,
    );
    expect(await invitations.peek(token)).toBeDefined();
    expect(await invitations.peek('aci_not-a-token')).toBeUndefined();
    expect(await invitations.peek(token.replace('aci_', 'act_'))).toBeUndefined();
    clock = new Date(clock.getTime() + 61_000);
    await expect(invitations.accept(token, newcomer)).rejects.toThrow(/expired/);
  });

  it('lets only one of two accepts of one link at once create the account', async () => {
    const { token } = await invitations.create({ workspaceId: 'mag', email: 'kofi@example.org', role: 'member' }, null);
    const results = await Promise.allSettled([
      invitations.accept(token, newcomer),
      invitations.accept(token, newcomer),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { reason: 'gone' } });
    expect((await audit.list()).filter((e) => e.action === 'person.create')).toHaveLength(1);
  });
});
