/**
 * What the signed-in person may do, as the page shows it. The server decides (its answers
 * carry `access.allowed`); these helpers only read that list and name roles in plain words,
 * so no permission rule is repeated in the browser.
 */
import type { Access, Action, Role } from '@accord/schema';

/** Whether the server said this action is allowed; false while access is unknown. */
export const can = (access: Access | null | undefined, action: Action): boolean =>
  access?.allowed.includes(action) ?? false;

export const ROLES: readonly Role[] = ['secretariat', 'coordinator', 'member', 'contributor', 'observer'];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  secretariat: 'Secretariat',
  coordinator: 'Coordinator',
  member: 'Member',
  contributor: 'Contributor',
  observer: 'Observer',
};

/** One line per role for choosing a role (invitations, role changes). */
export const ROLE_SUMMARIES: Readonly<Record<Role, string>> = {
  secretariat: 'edits, manages people, roles and invitations, reads the audit log',
  coordinator: 'edits and creates documents, steers the drafting',
  member: 'edits and comments',
  contributor: 'reads, comments and suggests changes; cannot edit the text directly',
  observer: 'reads and sees who is here',
};

/** "an observer", "part of the secretariat": the role as the end of "You are …". */
export function roleAsComplement(role: Role): string {
  if (role === 'secretariat') return 'part of the secretariat';
  return `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
}

/** Why the editor is read-only for this role, in one calm sentence. */
export function readOnlyExplanation(role: Role): string {
  switch (role) {
    case 'observer':
      return 'You are an observer in this workspace: you can read and see who is here, but not edit.';
    case 'contributor':
      return 'You are a contributor in this workspace: you can read, comment and suggest changes, but not edit the text.';
    default:
      return `You are ${roleAsComplement(role)} in this workspace, but you cannot edit this document: you can read it and see who is here.`;
  }
}
