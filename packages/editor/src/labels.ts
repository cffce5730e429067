/**
 * Paragraph labels that stay put (UN practice). Once a draft is circulated its paragraph numbers
 * must not shift: numbering is *frozen* at a baseline (block id → number, usually a saved
 * version's numbering) and every live numbered paragraph gets a label derived from it:
 *
 * - a paragraph of the baseline keeps its number: `"4"`, wherever it is now (it is the same
 *   block id, so a moved paragraph keeps its number too);
 * - paragraphs inserted after baseline paragraph 4 and before the next one are `"4bis"`,
 *   `"4ter"`, `"4quater"` … (Latin multiplicative adverbs up to `"4vicies"` (the 20th), then
 *   `"4 (21)"`);
 * - paragraphs inserted before the first baseline paragraph are numbered as if inserted after a
 *   paragraph 0: `"0bis"`, `"0ter"` … (they sort before 1, and never collide with a number);
 * - a baseline paragraph that is no longer a numbered paragraph of the document (removed,
 *   emptied, made a heading) is a *deleted* entry `{ label: "6", deleted: true }`, placed where
 *   it was: after the live paragraphs that follow the baseline paragraph before it, just before
 *   the next baseline paragraph. So "insert two after 4, delete 6" reads 4, 4bis, 4ter, 5,
 *   6 [deleted], 7.
 *
 * Order anomalies: when baseline paragraphs were reordered, the longest run of them still in
 * baseline order (a longest increasing subsequence of their numbers, as the versions diff finds
 * moves) is what insertions and deletions are placed against; a paragraph moved out of that order
 * keeps its own number but is not an anchor, so what is inserted after it continues the series
 * of the last in-order paragraph before it (after 4 and a moved 2, a new paragraph is "4bis").
 * Labels are therefore unique within a document.
 *
 * Without a baseline (numbering not frozen) labels are the ordinals, "1" … "n".
 */
import type { NodeKey } from 'lexical';
import { $listBlocks } from './numbering.js';

/** A numbered paragraph of the baseline: its block id and the number it keeps. */
export interface BaselineParagraph {
  blockId: string;
  number: number;
}

/** The minimum {@link labelParagraphs} needs of a live block: its id and its ordinal (null: not numbered). */
export interface NumberedBlockRef {
  readonly id: string;
  readonly number: number | null;
}

/** One entry of the labelled numbering, in document order. */
export type LabelledParagraph =
  | {
      blockId: string;
      /** The ordinal among the live numbered paragraphs, 1 … n. */
      number: number;
      /** What readers see: `"4"`, `"4bis"`; the ordinal as text when numbering is live. */
      label: string;
      deleted: false;
    }
  | {
      /** The block id the paragraph had in the baseline. */
      blockId: string;
      number: null;
      /** Its frozen number, shown as `"6 [deleted]"`. */
      label: string;
      deleted: true;
    };

/** Latin multiplicative adverbs: the 2nd … 20th paragraph bearing one number. */
const ADVERBS = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'novies',
  'decies',
  'undecies',
  'duodecies',
  'terdecies',
  'quaterdecies',
  'quinquiesdecies',
  'sexiesdecies',
  'septiesdecies',
  'octiesdecies',
  'noviesdecies',
  'vicies',
] as const;

/** The label of the `nth` paragraph inserted after baseline number `anchor` (1 → "4bis"). */
export function insertedLabel(anchor: number, nth: number): string {
  const adverb = ADVERBS[nth - 1];
  return adverb ? `${anchor}${adverb}` : `${anchor} (${nth + 1})`;
}

/**
 * Labels the numbered blocks (given in document order, as `numberBlocks` numbers them) against
 * a baseline; see the module comment for the rules. Entries: every live numbered paragraph, and
 * with a baseline its deleted paragraphs in their place. Pure: browser and server agree.
 */
export function labelParagraphs(
  blocks: readonly NumberedBlockRef[],
  baseline?: readonly BaselineParagraph[] | null,
): LabelledParagraph[] {
  const live = blocks.filter((b): b is NumberedBlockRef & { number: number } => b.number !== null);
  if (!baseline) return live.map((b) => ({ blockId: b.id, number: b.number, label: String(b.number), deleted: false }));

  const frozen = new Map(baseline.map((p) => [p.blockId, p.number]));
  const liveIds = new Set(live.map((b) => b.id));
  const anchors = inOrder(live.flatMap((b, i) => (frozen.has(b.id) ? [{ index: i, number: frozen.get(b.id)! }] : [])));
  // Baseline paragraphs gone from the numbering, by number, to be placed as the walk passes them.
  const gone = baseline.filter((p) => !liveIds.has(p.blockId)).sort((a, b) => a.number - b.number);
  let next = 0;
  const out: LabelledParagraph[] = [];
  const placeDeletedBefore = (limit: number) => {
    for (; next < gone.length && gone[next]!.number < limit; next++)
      out.push({ blockId: gone[next]!.blockId, number: null, label: String(gone[next]!.number), deleted: true });
  };

  let anchor = 0;
  let inserted = 0;
  live.forEach((block, index) => {
    const number = frozen.get(block.id);
    if (number === undefined) {
      out.push({ blockId: block.id, number: block.number, label: insertedLabel(anchor, ++inserted), deleted: false });
      return;
    }
    if (anchors.has(index)) {
      placeDeletedBefore(number);
      anchor = number;
      inserted = 0;
    }
    out.push({ blockId: block.id, number: block.number, label: String(number), deleted: false });
  });
  placeDeletedBefore(Number.POSITIVE_INFINITY);
  return out;
}

/** Live block id → label, for drawing margins and naming paragraphs. */
export function labelsByBlock(entries: readonly LabelledParagraph[]): Map<string, string> {
  return new Map(entries.flatMap((e) => (e.deleted ? [] : [[e.blockId, e.label] as const])));
}

/** Indexes (into the live list) of a longest run of baseline paragraphs still in increasing number order. */
function inOrder(items: ReadonlyArray<{ index: number; number: number }>): Set<number> {
  // Patience sorting: tails[k] is the item ending the best increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = new Array(items.length).fill(-1);
  items.forEach((item, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[tails[mid]!]!.number < item.number) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const chosen = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) chosen.add(items[i]!.index);
  return chosen;
}

/** What a renderer draws: each numbered paragraph's label, and deleted labels before the paragraph they precede. */
export interface BlockLabels {
  /** Label by node key of the numbered paragraph. */
  labels: Map<NodeKey, string>;
  /** Deleted baseline paragraphs' labels by the node key of the numbered paragraph they precede (null: at the end). */
  deletedBefore: Map<NodeKey | null, string[]>;
}

/** {@link labelParagraphs} over the active editor state, by node key. Call inside a read. */
export function $blockLabels(baseline?: readonly BaselineParagraph[] | null): BlockLabels {
  const blocks = $listBlocks();
  // Live entries come in the order of the numbered blocks: matched by place, not by id (a block
  // can be without one for an update, in the browser).
  const numbered = blocks.filter((b) => b.number !== null);
  let next = 0;
  const labels = new Map<NodeKey, string>();
  const deletedBefore = new Map<NodeKey | null, string[]>();
  let waiting: string[] = [];
  for (const entry of labelParagraphs(blocks, baseline)) {
    if (entry.deleted) {
      waiting.push(entry.label);
      continue;
    }
    const key = numbered[next++]!.key;
    labels.set(key, entry.label);
    if (waiting.length > 0) deletedBefore.set(key, waiting);
    waiting = [];
  }
  if (waiting.length > 0) deletedBefore.set(null, waiting);
  return { labels, deletedBefore };
}
