/** Words for versions and comparisons in the page's language, kept pure so they can be tested without a browser. */
import type { MessageKey } from '@accord/i18n';
import type { CompareSide, ParagraphChangeKind, ParagraphDiff, VersionComparison } from '@accord/schema';
import type { T } from '../i18n/useT.js';

export const KIND_LABELS: Readonly<Record<ParagraphChangeKind, MessageKey>> = {
  added: 'versions.kind.added',
  removed: 'versions.kind.removed',
  moved: 'versions.kind.moved',
  changed: 'versions.kind.changed',
  unchanged: 'versions.kind.unchanged',
};

/** A paragraph's status as a saved version keeps it (the consensus statuses). */
export const STATUS_LABELS: Readonly<Record<string, MessageKey>> = {
  drafting: 'versions.status.drafting',
  'under-discussion': 'versions.status.underDiscussion',
  contested: 'versions.status.contested',
  'agreed-ad-ref': 'versions.status.agreedAdRef',
  agreed: 'versions.status.agreed',
};

/**
 * "3 changed, 1 moved and 2 added", or "no differences": kinds with a count, in that order,
 * joined by `list` (`useFormat().list`, the language's own "and").
 */
export function summary(counts: VersionComparison['counts'], t: T, list: (items: readonly string[]) => string): string {
  const parts = (['changed', 'moved', 'added', 'removed'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => t(COUNT_LABELS[k], { count: counts[k] }));
  return parts.length === 0 ? t('versions.compare.noDifferences') : list(parts);
}

const COUNT_LABELS: Readonly<Record<Exclude<ParagraphChangeKind, 'unchanged'>, MessageKey>> = {
  changed: 'versions.count.changed',
  moved: 'versions.count.moved',
  added: 'versions.count.added',
  removed: 'versions.count.removed',
};

/** The margin label of a compared paragraph: "¶4 → 1", "¶3", "new ¶6" (labels such as "4bis" where a side had them). */
export function numberLabel(
  p: Pick<ParagraphDiff, 'fromNumber' | 'toNumber' | 'kind'> & Partial<Pick<ParagraphDiff, 'fromLabel' | 'toLabel'>>,
  t: T,
): string {
  const from = p.fromNumber === null ? null : (p.fromLabel ?? String(p.fromNumber));
  const to = p.toNumber === null ? null : (p.toLabel ?? String(p.toNumber));
  if (p.kind === 'added') return to === null ? t('versions.number.new') : t('versions.number.newAt', { number: to });
  if (p.kind === 'removed')
    return from === null ? t('versions.number.removed') : t('versions.number.was', { number: from });
  if (from !== null && to !== null && from !== to) return t('versions.number.moved', { from, to });
  return to === null ? '' : t('common.paragraph', { number: to });
}

/** The route value of a comparison side. */
export const sideRef = (side: CompareSide): string => (side.kind === 'live' ? 'live' : side.version.id);
