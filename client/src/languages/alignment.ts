/**
 * What the page makes of a version's alignment (pure, so it is tested without a browser): the
 * original's numbers by block id (the margin of a version shows them), what changed in the
 * original since a paragraph was translated (the versions' word diff, as a comparison shows
 * it), where the version stands as a whole, and the status' words as catalog keys.
 */
import type { MessageKey } from '@accord/i18n';
import {
  type AlignedParagraph,
  type Alignment,
  type AlignmentStatus,
  type ParagraphDiff,
  wordDiff,
} from '@accord/schema';

/** Each status as the page words it. */
export const STATUS_LABELS: Readonly<Record<AlignmentStatus, MessageKey>> = {
  translated: 'languages.status.translated',
  'original-changed': 'languages.status.originalChanged',
  untranslated: 'languages.status.untranslated',
  missing: 'languages.status.missing',
};

/**
 * The original's paragraph labels by block id ("4", "4bis" while its numbering is frozen): a
 * version's margin shows these, so ¶7 is ¶7 in every language — also for a paragraph not
 * translated yet, which being empty would have no number of its own.
 */
export function sharedLabels(alignment: Alignment | null): ReadonlyMap<string, string> | null {
  if (!alignment) return null;
  const labels = new Map<string, string>();
  for (const p of alignment.paragraphs) if (p.number !== null) labels.set(p.blockId, p.label ?? String(p.number));
  return labels;
}

/** The original's label of a paragraph, or null when it has no number (a heading). */
export const labelOf = (p: Pick<AlignedParagraph, 'number' | 'label'>): string | null =>
  p.number === null ? null : (p.label ?? String(p.number));

/**
 * The original's text with what changed since the paragraph was translated marked, as the
 * versions' {@link ChangedText} shows a compared paragraph; null when nothing is to be shown
 * (not translated yet, or unchanged since).
 */
export function changeSinceTranslated(p: AlignedParagraph): ParagraphDiff | null {
  if (p.status !== 'original-changed' || p.originalWhenTranslated === null) return null;
  return {
    id: p.blockId,
    kind: 'changed',
    moved: false,
    type: 'paragraph',
    fromNumber: p.number,
    toNumber: p.number,
    fromText: p.originalWhenTranslated,
    toText: p.original,
    words: wordDiff(p.originalWhenTranslated, p.original),
  };
}

/** Where the version stands: numbered paragraphs up to date of all, and how many of each status. */
export function progressOf(alignment: Alignment): {
  translated: number;
  total: number;
  counts: Record<AlignmentStatus, number>;
} {
  const counts: Record<AlignmentStatus, number> = { translated: 0, 'original-changed': 0, untranslated: 0, missing: 0 };
  let translated = 0;
  let total = 0;
  for (const p of alignment.paragraphs) {
    counts[p.status] += 1;
    if (p.number === null) continue;
    total += 1;
    if (p.status === 'translated') translated += 1;
  }
  return { translated, total, counts };
}

/**
 * Whether "Mark as up to date" is offered: the original changed, and the translation may well
 * still hold (a typo fixed in the original). Not for a paragraph never translated — one that
 * starts as the original's copy would otherwise offer it everywhere — nor one the version lacks.
 */
export const canMarkUpToDate = (p: AlignedParagraph): boolean => p.status === 'original-changed';
