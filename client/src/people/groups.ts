/**
 * Stakeholder groups' names in the page's language: a group every installation starts with
 * (and that the workspace has not renamed) from the catalog; any other as people named it.
 */
import { defaultStakeholderGroups } from '@accord/schema';
import type { MessageKey } from '@accord/i18n';
import type { T } from '../i18n/useT.js';

/** The names of the stakeholder groups every installation starts with (`defaultStakeholderGroups`). */
export const STAKEHOLDER_GROUP_NAMES: Readonly<Record<string, MessageKey>> = {
  government: 'rounds.group.government',
  'private-sector': 'rounds.group.privateSector',
  'civil-society': 'rounds.group.civilSociety',
  'technical-community': 'rounds.group.technicalCommunity',
  intergovernmental: 'rounds.group.intergovernmental',
  academia: 'rounds.group.academia',
};

/**
 * A stakeholder group's name from its id, in the page's language; an unknown id (a group added
 * by the workspace, named by people) as it is.
 */
export function groupName(id: string, t: T): string {
  const key = keyOf(id);
  return key ? t(key) : id;
}

const keyOf = (id: string): MessageKey | undefined =>
  Object.hasOwn(STAKEHOLDER_GROUP_NAMES, id) ? STAKEHOLDER_GROUP_NAMES[id] : undefined;

const DEFAULT_NAMES = new Map<string, string>(defaultStakeholderGroups.map((g) => [g.id, g.name]));

/** `id`'s name where the workspace's `names` are known: the catalog's unless the workspace renamed it. */
export function groupLabel(t: T, id: string, names: ReadonlyMap<string, string>): string {
  const named = names.get(id);
  const key = keyOf(id);
  return key && (named === undefined || named === DEFAULT_NAMES.get(id)) ? t(key) : (named ?? id);
}
