/**
 * A stakeholder group's name in the page's language: a group every installation starts with
 * (and that the workspace has not renamed) from the catalog; any other as people named it.
 */
import { defaultStakeholderGroups } from '@accord/schema';
import { STAKEHOLDER_GROUP_NAMES } from '../consult/comments.js';
import type { T } from '../i18n/useT.js';

const DEFAULT_NAMES = new Map<string, string>(defaultStakeholderGroups.map((g) => [g.id, g.name]));

export function groupLabel(t: T, id: string, names: ReadonlyMap<string, string>): string {
  const named = names.get(id);
  const key = Object.hasOwn(STAKEHOLDER_GROUP_NAMES, id) ? STAKEHOLDER_GROUP_NAMES[id] : undefined;
  return key && (named === undefined || named === DEFAULT_NAMES.get(id)) ? t(key) : (named ?? id);
}
