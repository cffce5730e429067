import { describe, expect, it } from 'vitest';
import { dialects } from '../storage/testing.js';
import { randomBytes, scryptSync } from 'node:crypto';
import { authorize } from '../authz/authorize.js';
import { IdentityError } from './errors.js';
import { loadPrincipal } from './principal.js';
import { ana, identityFixture } from './testing.js';

describe.each(dialects)('on %s', (dialect) => {
  const fx = identityFixture(dialect, 'people');

  describe('SqlPeopleStore people', () => {
    it('creates and finds people, by id and case-insensitive email', async () => {
      const person = await fx.identity.people.createPerson(ana);
      expect(person).toMatchObject({
        email: 'ana@example.org',
        name: 'Ana Silva',
        stakeholderGroup: 'civil-society',
        affiliation: 'CGI.br',
        country: 'BR',
      });
      expect(person.id).toMatch(/^[a-z0-9]{14}$/);
      expect(await fx.identity.people.getPerson(person.id)).toEqual(person);
      expect(await fx.identity.people.findPersonByEmail('ANA@Example.org')).toEqual(person);
      expect(await fx.identity.people.findPersonByEmail('bo@example.org')).toBeUndefined();
    });

    it('refuses a taken email and an unknown stakeholder group, naming the known ones', async () => {
      await fx.identity.people.createPerson(ana);
      await expect(fx.identity.people.createPerson({ ...ana, email: 'Ana@example.org' })).rejects.toThrow(
        IdentityError,
      );
      await expect(
        fx.identity.people.createPerson({ ...ana, email: 'x@example.org', stakeholderGroup: 'youth' }),
      ).rejects.toThrow(/unknown stakeholder group youth; known groups: .*academia/);
      await fx.identity.people.addStakeholderGroup({ id: 'youth', name: 'Youth' });
      expect(
        (await fx.identity.people.createPerson({ ...ana, email: 'x@example.org', stakeholderGroup: 'youth' }))
          .stakeholderGroup,
      ).toBe('youth');
      await expect(fx.identity.people.addStakeholderGroup({ id: 'youth', name: 'Again' })).rejects.toThrow(
        /already exists/,
      );
    });
  });

  describe('SqlPeopleStore peopleByIds', () => {
    it('shows each known person once, by name and current group, and leaves unknown ids out', async () => {
      const a = await fx.identity.people.createPerson(ana);
      const b = await fx.identity.people.createPerson({
        email: 'bo@example.org',
        name: 'Bo',
        stakeholderGroup: 'government',
      });
      const shown = await fx.identity.people.peopleByIds([a.id, b.id, a.id, 'nobody']);
      expect([...shown.values()].sort((x, y) => x.name.localeCompare(y.name))).toEqual([
        { id: a.id, name: 'Ana Silva', stakeholderGroup: 'civil-society' },
        { id: b.id, name: 'Bo', stakeholderGroup: 'government' },
      ]);
      expect(await fx.identity.people.peopleByIds([])).toEqual(new Map());
    });

    it('finds people among more ids than one query binds', async () => {
      const a = await fx.identity.people.createPerson(ana);
      const ids = Array.from({ length: 1200 }, (_, i) => `nobody${i}`);
      ids.splice(777, 0, a.id);
      expect([...(await fx.identity.people.peopleByIds(ids)).keys()]).toEqual([a.id]);
    });
  });

  describe('SqlPeopleStore passwords', () => {
    it('checks a password and answers every failure the same way', async () => {
      const person = await fx.identity.people.createPerson(ana);
      expect(await fx.identity.people.checkPassword(ana.email, 'correct horse battery')).toBeUndefined(); // no password yet
      await fx.identity.people.setPassword(person.id, 'correct horse battery');
      expect(await fx.identity.people.checkPassword('ANA@example.org', 'correct horse battery')).toEqual(person);
      expect(await fx.identity.people.checkPassword(ana.email, 'wrong horse battery')).toBeUndefined();
      expect(await fx.identity.people.checkPassword('nobody@example.org', 'correct horse battery')).toBeUndefined();
      const stored = (await fx.t.sql.get<{ hash: string }>('SELECT hash FROM passwords'))!.hash;
      expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(stored).not.toContain('correct');
    });

    it('upgrades a hash made with older parameters at the next successful check', async () => {
      const person = await fx.identity.people.createPerson(ana);
      await fx.identity.people.setPassword(person.id, 'correct horse battery');
      // An old-parameter hash, as an earlier Accord would have written it.
      const salt = randomBytes(16);
      const old = `scrypt$16384$8$1$${salt.toString('base64')}$${scryptSync('correct horse battery', salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64')}`;
      await fx.t.sql.run('UPDATE passwords SET hash = ?', [old]);
      expect(await fx.identity.people.checkPassword(ana.email, 'correct horse battery')).toEqual(person);
      expect((await fx.t.sql.get<{ hash: string }>('SELECT hash FROM passwords'))!.hash).toMatch(/^scrypt\$32768\$/);
    });
  });

  describe('SqlPeopleStore roles', () => {
    it('grants, changes, lists and revokes roles per workspace', async () => {
      const a = await fx.identity.people.createPerson(ana);
      const b = await fx.identity.people.createPerson({
        email: 'bo@example.org',
        name: 'Bo',
        stakeholderGroup: 'government',
      });
      const c = await fx.identity.people.createPerson({
        email: 'cy@example.org',
        name: 'Cy',
        stakeholderGroup: 'academia',
      });
      await fx.identity.people.setRole(a.id, 'mag', 'member');
      await fx.identity.people.setRole(a.id, 'bpf', 'observer');
      await fx.identity.people.setRole(b.id, 'mag', 'secretariat');
      expect(await fx.identity.people.getRole(a.id, 'mag')).toBe('member');
      await fx.identity.people.setRole(a.id, 'mag', 'coordinator');
      expect(await fx.identity.people.rolesOf(a.id)).toEqual(
        new Map([
          ['mag', 'coordinator'],
          ['bpf', 'observer'],
        ]),
      );
      // A person may hold no role at all (public participants).
      expect(await fx.identity.people.rolesOf(c.id)).toEqual(new Map());
      expect((await fx.identity.audiences.listWorkspacePeople('mag')).map((m) => [m.person.name, m.role])).toEqual([
        ['Ana Silva', 'coordinator'],
        ['Bo', 'secretariat'],
      ]);
      expect(await fx.identity.people.changeRole(a.id, 'mag', null, { actorPersonId: b.id })).toBe('coordinator');
      expect(await fx.identity.people.changeRole(a.id, 'mag', null, { actorPersonId: b.id })).toBe(null);
      expect(await fx.identity.people.getRole(a.id, 'mag')).toBeUndefined();
    });
  });

  describe('SqlPeopleStore emails', () => {
    it('keeps an email as written and finds it whatever its case', async () => {
      const person = await fx.identity.people.createPerson({ ...ana, email: 'Ana.Silva@Example.org' });
      expect(person.email).toBe('Ana.Silva@Example.org');
      expect((await fx.identity.people.findPersonByEmail(' ana.silva@EXAMPLE.ORG '))?.id).toBe(person.id);
    });

    it('adds one person when two adds of one email run at once', async () => {
      const results = await Promise.allSettled([
        fx.identity.people.addPerson(ana, { actorPersonId: null, grant: { workspaceId: 'mag', role: 'member' } }),
        fx.identity.people.addPerson(
          { ...ana, email: 'ANA@example.org' },
          { actorPersonId: null, grant: { workspaceId: 'mag', role: 'observer' } },
        ),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(IdentityError);
      expect(String(refused.reason)).toMatch(/already exists/);
      expect(await fx.t.sql.all('SELECT id FROM people')).toHaveLength(1);
      expect((await fx.identity.audit.list()).filter((e) => e.action === 'person.create')).toHaveLength(1);
    });
  });

  describe('SqlPeopleStore administrative changes', () => {
    it('adds a person with password and role, audited, in one transaction', async () => {
      const person = await fx.identity.people.addPerson(ana, {
        actorPersonId: 'admin',
        via: 'api',
        password: 'correct horse battery',
        grant: { workspaceId: 'mag', role: 'member' },
      });
      expect(await fx.identity.people.getRole(person.id, 'mag')).toBe('member');
      expect(await fx.identity.people.checkPassword(ana.email, 'correct horse battery')).toEqual(person);
      expect((await fx.identity.audit.list()).map((e) => [e.actorPersonId, e.action, e.target, e.detail])).toEqual([
        ['admin', 'person.create', person.id, { email: ana.email, via: 'api' }],
        ['admin', 'password.set', person.id, { via: 'api' }],
        ['admin', 'role.change', person.id, { role: 'member', previous: null, via: 'api' }],
      ]);
    });

    it('writes nothing when any step is refused', async () => {
      await expect(fx.identity.people.addPerson(ana, { actorPersonId: null, password: 'short' })).rejects.toThrow(
        /at least 10/,
      );
      // An unknown workspace fails the role's foreign key after the person was inserted: all of it rolls back.
      await expect(
        fx.identity.people.addPerson(ana, { actorPersonId: null, grant: { workspaceId: 'nope', role: 'member' } }),
      ).rejects.toThrow(/foreign key/i);
      expect(await fx.identity.people.findPersonByEmail(ana.email)).toBeUndefined();
      expect(await fx.identity.audit.list()).toEqual([]);
    });

    it('changes and removes roles with the previous one in the audit entry', async () => {
      const person = await fx.identity.people.createPerson(ana);
      expect(await fx.identity.people.changeRole(person.id, 'mag', 'observer', { actorPersonId: null })).toBeNull();
      expect(await fx.identity.people.changeRole(person.id, 'mag', 'coordinator', { actorPersonId: 'admin' })).toBe(
        'observer',
      );
      expect(await fx.identity.people.changeRole(person.id, 'mag', null, { actorPersonId: 'admin' })).toBe(
        'coordinator',
      );
      expect(await fx.identity.people.getRole(person.id, 'mag')).toBeUndefined();
      expect((await fx.identity.audit.list({ workspaceId: 'mag' })).map((e) => e.detail)).toEqual([
        { role: 'observer', previous: null },
        { role: 'coordinator', previous: 'observer' },
        { role: null, previous: 'coordinator' },
      ]);
    });
  });

  describe('SqlPeopleStore interface language', () => {
    it('remembers, answers and forgets a person’s language, audited with the previous one', async () => {
      const person = await fx.identity.people.createPerson(ana);
      const other = await fx.identity.people.createPerson({ ...ana, email: 'bo@example.org' });
      expect(await fx.identity.people.localeOf(person.id)).toBeNull();
      expect(await fx.identity.people.setLocale(person.id, 'fr', { actorPersonId: person.id })).toBe(true);
      expect(await fx.identity.people.setLocale(person.id, 'fr', { actorPersonId: person.id })).toBe(true);
      expect(await fx.identity.people.setLocale(other.id, 'ar', { actorPersonId: other.id })).toBe(true);
      expect(await fx.identity.people.localeOf(person.id)).toBe('fr');
      expect(await fx.identity.people.getPersonAndLocale(person.id)).toEqual({ person, locale: 'fr' });
      expect(await fx.identity.people.localesOf([person.id, other.id, 'nobody'])).toEqual(
        new Map([
          [person.id, 'fr'],
          [other.id, 'ar'],
        ]),
      );
      expect(await fx.identity.people.setLocale(person.id, null, { actorPersonId: person.id })).toBe(true);
      expect(await fx.identity.people.localeOf(person.id)).toBeNull();
      expect(await fx.identity.people.setLocale('nobody', 'es', { actorPersonId: null })).toBe(false);
      const entries = (await fx.identity.audit.list({})).filter((e) => e.action === 'person.locale');
      // Setting the language it already has changes nothing and records nothing.
      expect(entries.map((e) => [e.target, e.detail])).toEqual([
        [person.id, { locale: 'fr', previous: null }],
        [other.id, { locale: 'ar', previous: null }],
        [person.id, { locale: null, previous: 'fr' }],
      ]);
    });

    it('holds only the six languages, whatever writes to the table', async () => {
      const person = await fx.identity.people.createPerson(ana);
      await expect(fx.t.sql.run("UPDATE people SET locale = 'de' WHERE id = ?", [person.id])).rejects.toThrow();
      expect(await fx.identity.people.localeOf(person.id)).toBeNull();
    });
  });

  describe('loadPrincipal', () => {
    it('carries the roles the authorization module decides on', async () => {
      const person = await fx.identity.people.createPerson(ana);
      await fx.identity.people.setRole(person.id, 'mag', 'observer');
      const principal = await loadPrincipal(fx.identity.people, person.id);
      expect(authorize(principal, 'document.read', { workspaceId: 'mag' })).toEqual({ allowed: true });
      expect(authorize(principal, 'document.edit', { workspaceId: 'mag' })).toMatchObject({
        allowed: false,
        reason: 'observers cannot edit this document',
      });
      expect(authorize(principal, 'document.read', { workspaceId: 'bpf' }).allowed).toBe(false);
    });
  });
});
