/** Words for the compilation desk and the margin, as whole sentences with their data in place. */
import type { BlockSource, ContributionKind } from '@accord/schema';

export const KIND_LABELS: Readonly<Record<ContributionKind, string>> = {
  national: 'National initiative',
  regional: 'Regional initiative',
  youth: 'Youth initiative',
  'dynamic-coalition': 'Dynamic coalition',
  bpf: 'Best practice forum',
  other: 'Other',
};

/** "Sources: Brazil IGF, EuroDIG" — each organisation once, in the order they were cited. */
export function sourcesLabel(sources: readonly Pick<BlockSource, 'organisation'>[]): string {
  const names = [...new Set(sources.map((s) => s.organisation))];
  return names.length === 1 ? `Source: ${names[0]}` : `Sources: ${names.join(', ')}`;
}

/** The insert button's words: after the caret's paragraph, or at the top when the caret is nowhere yet. */
export function insertLabel(count: number, at: { label: string | null } | null): string {
  const what = count === 1 ? 'the selected paragraph' : `the ${count} selected paragraphs`;
  if (at === null) return `Insert ${what} at the top`;
  return at.label === null ? `Insert ${what} after the block at the caret` : `Insert ${what} after ¶${at.label}`;
}
