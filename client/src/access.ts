/**
 * What the signed-in person may do, as the page shows it. The server decides (its answers
 * carry `access.allowed`); these helpers only read that list and name roles in the page's
 * language, so no permission rule is repeated in the browser.
 */
import type { MessageKey } from '@accord/i18n';
import type { Access, Action, Role } from '@accord/schema';
import { translate } from './i18n/current.js';

/** Whether the server said this action is allowed; false while access is unknown. */
export const can = (access: Access | null | undefined, action: Action): boolean =>
  access?.allowed.includes(action) ?? false;

export const ROLES: readonly Role[] = ['secretariat', 'coordinator', 'member', 'contributor', 'observer'];

/** Each role's name, as a catalog key: `t(ROLE_LABELS[role])`. */
export const ROLE_LABELS: Readonly<Record<Role, MessageKey>> = {
  secretariat: 'shell.role.secretariat',
  coordinator: 'shell.role.coordinator',
  member: 'shell.role.member',
  contributor: 'shell.role.contributor',
  observer: 'shell.role.observer',
};

/** One line per role for choosing a role (invitations, role changes), as a catalog key. */
export const ROLE_SUMMARIES: Readonly<Record<Role, MessageKey>> = {
  secretariat: 'shell.roleSummary.secretariat',
  coordinator: 'shell.roleSummary.coordinator',
  member: 'shell.roleSummary.member',
  contributor: 'shell.roleSummary.contributor',
  observer: 'shell.roleSummary.observer',
};

/** A role's name in the page's language, for code outside components. */
export const roleLabel = (role: Role): string => translate(ROLE_LABELS[role]);

/** Why the editor is read-only for this role, in one calm sentence of the page's language. */
export function readOnlyExplanation(role: Role): string {
  switch (role) {
    case 'observer':
      return translate('shell.readOnly.observer');
    case 'contributor':
      return translate('shell.readOnly.contributor');
    default:
      return translate('shell.readOnly.cannotEdit', { role });
  }
}
