/**
 * Audit entries in words for the log table: known actions get a plain label, targets that
 * are people of the workspace get their name, and the detail becomes "key: value" pairs.
 * Unknown actions and keys are shown as they are, so nothing recorded is hidden.
 */
import type { AuditList } from '@accord/schema';

export type AuditRow = AuditList['entries'][number];

const ACTION_LABELS: Readonly<Record<string, string>> = {
  'session.create': 'Signed in',
  'sign-in.failed': 'Failed sign-in',
  'session.revoke': 'Signed out',
  'person.create': 'Person added',
  'password.set': 'Password set',
  'role.change': 'Role changed',
  'invitation.create': 'Invitation created',
  'access.refused': 'Access refused',
  'document.create': 'Document created',
  'document.audience': 'Audience changed',
  'token.create': 'API token created',
  'token.revoke': 'API token revoked',
  'stakeholder-group.create': 'Stakeholder group added',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;

/** Who did it: their name, "someone removed" for a deleted person, the CLI or system otherwise. */
export function actorLabel(entry: Pick<AuditRow, 'actorPersonId' | 'actorName'>): string {
  if (entry.actorName) return entry.actorName;
  return entry.actorPersonId ? `person ${entry.actorPersonId}` : 'System or command line';
}

/** What it was about: a person's name when the target is one of the workspace's people. */
export function targetLabel(target: string | null, names: ReadonlyMap<string, string>): string {
  if (target === null) return '';
  return names.get(target) ?? target;
}

function value(v: unknown): string {
  if (v === null) return 'none';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** `{ role: 'observer', previous: 'member', via: 'api' }` → "role: observer · previous: member · via: api". */
export function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join(' · ');
}
