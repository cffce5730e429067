import { Role } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { reasons, type Principal } from './authorize.js';
import { authorizeCommentChange, authorizeThreadStatus } from './comments.js';

const person = (personId: string, role?: Role): Principal => ({ personId, roles: new Map(role ? [['w', role]] : []) });
const doc = { workspaceId: 'w', documentId: 'd' };

describe('editing and deleting a comment', () => {
  it('is for its author only, whatever the role', () => {
    for (const role of Role.options) {
      const decision = authorizeCommentChange(person('other', role), 'edit', doc, 'author');
      expect(decision.allowed, role).toBe(false);
    }
    expect(authorizeCommentChange(person('other', 'secretariat'), 'delete', doc, 'author')).toMatchObject({
      allowed: false,
      reason: 'you cannot delete someone else’s comment; only its author can',
    });
    for (const role of ['secretariat', 'coordinator', 'member', 'contributor'] as const) {
      expect(authorizeCommentChange(person('author', role), 'edit', doc, 'author').allowed, role).toBe(true);
    }
  });

  it('ends when the author may no longer comment', () => {
    expect(authorizeCommentChange(person('author', 'observer'), 'edit', doc, 'author')).toMatchObject({
      allowed: false,
      reason: 'observers cannot comment on this document',
    });
    expect(authorizeCommentChange(person('author'), 'delete', doc, 'author')).toEqual({
      allowed: false,
      reason: reasons.noWorkspace,
    });
    expect(authorizeCommentChange(undefined, 'delete', doc, 'author')).toMatchObject({
      allowed: false,
      reason: reasons.signIn,
    });
  });
});

describe('resolving and reopening a thread', () => {
  it('is for coordinators and the secretariat on any thread', () => {
    for (const role of ['secretariat', 'coordinator'] as const)
      expect(authorizeThreadStatus(person('x', role), doc, 'author').allowed).toBe(true);
  });

  it('is for the thread’s author while they may comment', () => {
    for (const role of ['member', 'contributor'] as const) {
      expect(authorizeThreadStatus(person('author', role), doc, 'author').allowed).toBe(true);
      expect(authorizeThreadStatus(person('other', role), doc, 'author')).toEqual({
        allowed: false,
        reason: `${role}s cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can`,
        ref: { key: 'errors.forbidden.othersThread', values: { role } },
      });
    }
    expect(authorizeThreadStatus(person('author', 'observer'), doc, 'author').allowed).toBe(false);
  });

  it('keeps the refusals that hide a document: no role, outside the audience', () => {
    expect(authorizeThreadStatus(person('author'), doc, 'author')).toEqual({
      allowed: false,
      reason: reasons.noWorkspace,
    });
    expect(authorizeThreadStatus(person('author', 'member'), { ...doc, audience: ['someone'] }, 'author')).toEqual({
      allowed: false,
      reason: reasons.audience,
    });
  });
});
