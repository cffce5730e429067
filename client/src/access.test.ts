import { describe, expect, it } from 'vitest';
import { can, readOnlyExplanation, roleAsComplement, ROLE_LABELS, ROLES } from './access.js';

describe('access', () => {
  it('allows only what the server listed', () => {
    const access = { role: 'member' as const, allowed: ['document.read' as const, 'document.edit' as const] };
    expect(can(access, 'document.edit')).toBe(true);
    expect(can(access, 'document.create')).toBe(false);
    expect(can(null, 'document.read')).toBe(false);
    expect(can(undefined, 'document.read')).toBe(false);
  });

  it('names every role', () => {
    expect(ROLES.map((r) => ROLE_LABELS[r])).toEqual([
      'Secretariat',
      'Coordinator',
      'Member',
      'Contributor',
      'Observer',
    ]);
    expect(ROLES.map(roleAsComplement)).toEqual([
      'part of the secretariat',
      'a coordinator',
      'a member',
      'a contributor',
      'an observer',
    ]);
  });

  it('explains a read-only editor by role', () => {
    expect(readOnlyExplanation('observer')).toBe(
      'You are an observer in this workspace: you can read and see who is here, but not edit.',
    );
    expect(readOnlyExplanation('contributor')).toMatch(
      /^You are a contributor in this workspace: .*not edit the text\.$/,
    );
    expect(readOnlyExplanation('member')).toMatch(
      /^You are a member in this workspace, but you cannot edit this document/,
    );
  });
});
