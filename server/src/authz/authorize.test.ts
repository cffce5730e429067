import { Role } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { authorize, reasons, type Principal } from './authorize.js';
import { actions, permissions } from './policy.js';

const person = (personId: string, roles: Record<string, Role>): Principal => ({
  personId,
  roles: new Map(Object.entries(roles)),
});

describe('the permission table', () => {
  it('has a row for every action and only known roles in it', () => {
    expect(Object.keys(permissions).sort()).toEqual([...actions].sort());
    for (const action of actions) for (const role of permissions[action]) expect(Role.options).toContain(role);
  });

  // Independent of the table's own text: the sentences, as assertions.
  it('matches the roles of issue 4', () => {
    const allowedTo = (role: Role) => actions.filter((a) => permissions[a].includes(role));
    expect(allowedTo('observer')).toEqual(['workspace.read', 'document.read']);
    // Issue 13: contributors propose wording as suggestions; coordinators decide them.
    expect(allowedTo('contributor')).toEqual([
      'workspace.read',
      'document.read',
      'document.suggest',
      'comment.create',
      'contribution.submit',
    ]);
    expect(allowedTo('member')).not.toContain('suggestion.decide');
    expect(allowedTo('coordinator')).toContain('suggestion.decide');
    expect(allowedTo('member')).toEqual(
      expect.arrayContaining(['document.edit', 'comment.create', 'position.record', 'status.propose']),
    );
    expect(allowedTo('member')).not.toContain('status.set');
    // Issue 6: members bracket (an edit) and propose alternatives; coordinators resolve.
    expect(allowedTo('member')).toContain('bracket.alternative');
    expect(allowedTo('member')).not.toContain('bracket.resolve');
    expect(allowedTo('coordinator')).toEqual(expect.arrayContaining(['bracket.resolve', 'bracket.alternative']));
    expect(allowedTo('coordinator')).toEqual(expect.arrayContaining(['status.set', 'version.create', 'round.manage']));
    expect(allowedTo('coordinator')).not.toContain('role.change');
    for (const admin of ['people.manage', 'role.change', 'audit.read'] as const)
      expect(permissions[admin]).toEqual(['secretariat']);
    expect(allowedTo('secretariat')).toEqual([...actions]);
  });
});

describe('authorize: every role × every action, from the table', () => {
  for (const role of Role.options) {
    for (const action of actions) {
      const expected = permissions[action].includes(role);
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        const decision = authorize(person('p', { w: role }), action, { workspaceId: 'w', documentId: 'd' });
        expect(decision.allowed).toBe(expected);
        if (!decision.allowed) expect(decision.reason).toMatch(/ cannot /);
      });
    }
  }
});

describe('authorize: refusals a person can act on', () => {
  it('asks the unauthenticated to sign in, for every action', () => {
    for (const action of actions)
      expect(authorize(undefined, action, { workspaceId: 'w' })).toMatchObject({
        allowed: false,
        reason: reasons.signIn,
      });
  });

  it('gives the refusal as a catalog message too, for answering in the reader’s language', () => {
    expect(authorize(person('p', { w: 'observer' }), 'document.edit', { workspaceId: 'w', documentId: 'd' })).toEqual({
      allowed: false,
      reason: 'observers cannot edit this document',
      ref: { key: 'errors.forbidden', values: { role: 'observer', action: { key: 'errors.action.document.edit' } } },
    });
  });

  it('names the role and the action', () => {
    expect(
      authorize(person('p', { w: 'observer' }), 'document.edit', { workspaceId: 'w', documentId: 'd' }),
    ).toMatchObject({
      allowed: false,
      reason: 'observers cannot edit this document',
    });
    expect(authorize(person('p', { w: 'member' }), 'role.change', { workspaceId: 'w' })).toMatchObject({
      allowed: false,
      reason: 'members cannot change roles in this workspace',
    });
  });
});

describe('authorize: workspace isolation', () => {
  it('denies everything in a workspace where the person has no role, whatever their role elsewhere', () => {
    const secretary = person('p', { a: 'secretariat' });
    for (const action of actions) {
      expect(authorize(secretary, action, { workspaceId: 'a' }).allowed).toBe(true);
      expect(authorize(secretary, action, { workspaceId: 'b', documentId: 'd' })).toEqual({
        allowed: false,
        reason: reasons.noWorkspace,
      });
    }
    // A person with no role anywhere (a future public participant) gets nothing from this table.
    expect(authorize(person('q', {}), 'document.read', { workspaceId: 'a' }).allowed).toBe(false);
  });
});

describe('authorize: document audience', () => {
  const audience = ['insider'];
  const doc = { workspaceId: 'w', documentId: 'd', audience };

  it('limits a narrowed document to its audience', () => {
    expect(authorize(person('insider', { w: 'member' }), 'document.edit', doc).allowed).toBe(true);
    expect(authorize(person('outsider', { w: 'member' }), 'document.read', doc)).toEqual({
      allowed: false,
      reason: reasons.audience,
    });
    expect(authorize(person('outsider', { w: 'observer' }), 'document.read', doc)).toEqual({
      allowed: false,
      reason: reasons.audience,
    });
  });

  it('keeps it visible to the secretariat and coordinators', () => {
    for (const role of ['secretariat', 'coordinator'] as const) {
      expect(authorize(person('outsider', { w: role }), 'document.read', doc).allowed).toBe(true);
      expect(authorize(person('outsider', { w: role }), 'version.create', doc).allowed).toBe(true);
    }
  });

  it('still applies the role inside the audience, and an empty audience is the whole workspace', () => {
    expect(authorize(person('insider', { w: 'observer' }), 'document.edit', doc)).toMatchObject({
      allowed: false,
      reason: 'observers cannot edit this document',
    });
    expect(authorize(person('anyone', { w: 'observer' }), 'document.read', { ...doc, audience: [] }).allowed).toBe(
      true,
    );
  });
});
