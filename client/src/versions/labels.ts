/** Words for versions and comparisons, kept pure so they can be tested without a browser. */
import type { CompareSide, ParagraphChangeKind, ParagraphDiff, VersionComparison } from '@accord/schema';

export const KIND_LABELS: Readonly<Record<ParagraphChangeKind, string>> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

/** A side of a comparison as a person names it. */
export const sideName = (side: CompareSide): string =>
  side.kind === 'live' ? 'the live document' : `“${side.version.name}”`;

/** "3 changed, 1 moved, 2 added" — kinds with a count, unchanged last and only when nothing else. */
export function summary(counts: VersionComparison['counts']): string {
  const parts = (['changed', 'moved', 'added', 'removed'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${KIND_LABELS[k].toLowerCase()}`);
  return parts.length === 0 ? 'No differences' : parts.join(', ');
}

/** The margin label of a compared paragraph: "¶ 4 → 1", "¶ 3", "new ¶ 6" (labels such as "4bis" where a side had them). */
export function numberLabel(
  p: Pick<ParagraphDiff, 'fromNumber' | 'toNumber' | 'kind'> & Partial<Pick<ParagraphDiff, 'fromLabel' | 'toLabel'>>,
): string {
  const from = p.fromNumber === null ? null : (p.fromLabel ?? String(p.fromNumber));
  const to = p.toNumber === null ? null : (p.toLabel ?? String(p.toNumber));
  if (p.kind === 'added') return to === null ? 'new' : `new ¶ ${to}`;
  if (p.kind === 'removed') return from === null ? 'removed' : `was ¶ ${from}`;
  if (from !== null && to !== null && from !== to) return `¶ ${from} → ${to}`;
  return to === null ? '' : `¶ ${to}`;
}

/** The route value of a comparison side. */
export const sideRef = (side: CompareSide): string => (side.kind === 'live' ? 'live' : side.version.id);
