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

/** The margin label of a compared paragraph: "¶ 4 → 1", "¶ 3", "new ¶ 6". */
export function numberLabel(p: Pick<ParagraphDiff, 'fromNumber' | 'toNumber' | 'kind'>): string {
  if (p.kind === 'added') return p.toNumber === null ? 'new' : `new ¶ ${p.toNumber}`;
  if (p.kind === 'removed') return p.fromNumber === null ? 'removed' : `was ¶ ${p.fromNumber}`;
  if (p.fromNumber !== null && p.toNumber !== null && p.fromNumber !== p.toNumber)
    return `¶ ${p.fromNumber} → ${p.toNumber}`;
  return p.toNumber === null ? '' : `¶ ${p.toNumber}`;
}

/** The route value of a comparison side. */
export const sideRef = (side: CompareSide): string => (side.kind === 'live' ? 'live' : side.version.id);
