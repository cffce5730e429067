/**
 * Audit entries in words for the log table, in the page's language: known actions get a plain
 * label, targets that are people of the workspace get their name, and the detail becomes
 * "key: value" pairs. Unknown actions and keys are shown as they are, so nothing recorded is hidden.
 */
import type { MessageKey } from '@accord/i18n';
import type { AuditList } from '@accord/schema';
import { translate } from '../i18n/current.js';

export type AuditRow = AuditList['entries'][number];

const ACTION_LABELS: Readonly<Record<string, MessageKey>> = {
  'session.create': 'shell.audit.action.signedIn',
  'sign-in.failed': 'shell.audit.action.signInFailed',
  'session.revoke': 'shell.audit.action.signedOut',
  'person.create': 'shell.audit.action.personAdded',
  'password.set': 'shell.audit.action.passwordSet',
  'role.change': 'shell.audit.action.roleChanged',
  'invitation.create': 'shell.audit.action.invitationCreated',
  'access.refused': 'shell.audit.action.accessRefused',
  'document.create': 'shell.audit.action.documentCreated',
  'document.audience': 'shell.audit.action.audienceChanged',
  'token.create': 'shell.audit.action.tokenCreated',
  'token.revoke': 'shell.audit.action.tokenRevoked',
  'stakeholder-group.create': 'shell.audit.action.groupAdded',
  'person.locale': 'shell.audit.action.languageChanged',
  'document.language': 'shell.audit.action.languageVersionCreated',
};

export const actionLabel = (action: string): string => {
  const key = ACTION_LABELS[action];
  return key ? translate(key) : action;
};

/** Who did it: their name, "person <id>" for a deleted person, the CLI or system otherwise. */
export function actorLabel(entry: Pick<AuditRow, 'actorPersonId' | 'actorName'>): string {
  if (entry.actorName) return entry.actorName;
  return entry.actorPersonId
    ? translate('shell.audit.removedPerson', { id: entry.actorPersonId })
    : translate('shell.audit.system');
}

/** What it was about: a person's name when the target is one of the workspace's people. */
export function targetLabel(target: string | null, names: ReadonlyMap<string, string>): string {
  if (target === null) return '';
  return names.get(target) ?? target;
}

function value(v: unknown): string {
  if (v === null) return translate('shell.audit.none');
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** `{ role: 'observer', previous: 'member', via: 'api' }` → "role: observer · previous: member · via: api" (recorded words, as stored). */
export function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join(' · ');
}
