/**
 * Compares two states of a document paragraph by paragraph, matching blocks by their stable
 * ids (never by position or text, so an edited paragraph is still "the same" paragraph).
 * Pure; see docs/ARCHITECTURE.md for where it is used.
 *
 * - added / removed: the id is only in the new / old state.
 * - changed: the text differs (with word-level changes); `moved` too when its order changed.
 * - moved: same text, but its order relative to the other common paragraphs changed. The
 *   paragraphs that stayed in place are the longest increasing subsequence of the common ids'
 *   new positions taken in old order; every other common paragraph moved. So moving one
 *   paragraph marks that one, not everything it jumped over.
 * - A paragraph split with Enter keeps its id on the first part (the editor's id rule): the
 *   first part shows as changed (text shrank) and the second as added, marked `splitFrom`
 *   the first when its text was part of the old paragraph. Two paragraphs merged show as a
 *   changed one and a removed one.
 *
 * The result follows the new order; a removed paragraph appears after the paragraph that
 * preceded it in the old state and any paragraphs added right after that one.
 */
import type { FormattedRun, ParagraphChangeKind, ParagraphDiff, VersionSegment } from '@accord/schema';
import { wordDiff } from './word-diff.js';

/** What a comparison needs of a block. */
export interface DiffBlock {
  id: string;
  number: number | null;
  /** The label that side showed ("4bis": saved or read while numbering was frozen). */
  label?: string | undefined;
  type: ParagraphDiff['type'];
  tag?: string;
  text: string;
  /** The text with its formatting and brackets, passed on to the comparison when present. */
  runs?: FormattedRun[];
  /** What versions saved before runs kept of their brackets. */
  segments?: VersionSegment[];
}

/** Indices (into `values`) of one longest strictly increasing subsequence; O(n log n). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

/** Counts of each kind, every kind present. */
export function countKinds(paragraphs: readonly ParagraphDiff[]): Record<ParagraphChangeKind, number> {
  const counts: Record<ParagraphChangeKind, number> = { added: 0, removed: 0, moved: 0, changed: 0, unchanged: 0 };
  for (const p of paragraphs) counts[p.kind]++;
  return counts;
}

/** The paragraph-level comparison of `from` (old) and `to` (new). Blocks without an id, or repeating one, are compared by their first occurrence only. */
export function diffBlocks(from: readonly DiffBlock[], to: readonly DiffBlock[]): ParagraphDiff[] {
  const fromById = firstById(from);
  const toById = firstById(to);
  const oldBlocks = [...fromById.values()];
  const newBlocks = [...toById.values()];
  const newIndex = new Map(newBlocks.map((b, i) => [b.id, i]));

  // Common ids in old order, with their new positions: those outside the LIS moved.
  const common = oldBlocks.filter((b) => toById.has(b.id));
  const stayed = longestIncreasing(common.map((b) => newIndex.get(b.id)!));
  const moved = new Set(common.filter((_, i) => !stayed.has(i)).map((b) => b.id));

  // Removed blocks, keyed by the id of the old block before them that survives ('' for the start).
  const removedAfter = new Map<string, DiffBlock[]>();
  let anchor = '';
  for (const block of oldBlocks) {
    if (toById.has(block.id)) {
      anchor = block.id;
      continue;
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), block]);
  }

  const out: ParagraphDiff[] = [];
  // Removed blocks wait for the next block both states have, so the new parts of a split stay beside their first part.
  let pending = removedAfter.get('') ?? [];
  const emitRemoved = (): void => {
    for (const block of pending)
      out.push({
        ...base(block),
        kind: 'removed',
        moved: false,
        fromNumber: block.number,
        toNumber: null,
        ...label('fromLabel', block),
        fromText: block.text,
        ...runs('fromRuns', block),
      });
    pending = [];
  };
  let previous: ParagraphDiff | undefined;
  for (const block of newBlocks) {
    const old = fromById.get(block.id);
    let entry: ParagraphDiff;
    if (old) emitRemoved();
    if (!old) {
      entry = {
        ...base(block),
        kind: 'added',
        moved: false,
        fromNumber: null,
        toNumber: block.number,
        ...label('toLabel', block),
        toText: block.text,
        ...runs('toRuns', block),
      };
      const split =
        previous?.kind === 'changed' && previous.fromText !== undefined && previous.toText !== undefined
          ? previous
          : undefined;
      if (
        split &&
        split.toText!.length < split.fromText!.length &&
        block.text.trim() !== '' &&
        split.fromText!.includes(block.text.trim())
      )
        entry.splitFrom = split.id;
    } else {
      const isMoved = moved.has(block.id);
      const changed = old.text !== block.text;
      entry = {
        ...base(block),
        kind: changed ? 'changed' : isMoved ? 'moved' : 'unchanged',
        moved: isMoved,
        fromNumber: old.number,
        toNumber: block.number,
        ...label('fromLabel', old),
        ...label('toLabel', block),
        fromText: old.text,
        toText: block.text,
        ...runs('fromRuns', old),
        ...runs('toRuns', block),
        ...(changed ? { words: wordDiff(old.text, block.text) } : {}),
      };
    }
    out.push(entry);
    previous = entry;
    if (old) pending = removedAfter.get(block.id) ?? [];
  }
  emitRemoved();
  return out;
}

function runs(key: 'fromRuns' | 'toRuns', block: DiffBlock): Partial<ParagraphDiff> {
  if (block.runs) return { [key]: block.runs };
  // An older version: its brackets still show, from its segments.
  if (block.segments?.some((s) => s.bracket))
    return {
      [key]: block.segments
        .filter((s) => s.text !== '')
        .map((s) => (s.bracket ? { text: s.text, bracket: '' } : { text: s.text })),
    };
  return {};
}

function label(key: 'fromLabel' | 'toLabel', block: DiffBlock): Partial<ParagraphDiff> {
  return block.number !== null && block.label !== undefined ? { [key]: block.label } : {};
}

function base(block: DiffBlock): Pick<ParagraphDiff, 'id' | 'type' | 'tag'> {
  return { id: block.id, type: block.type, ...(block.tag === undefined ? {} : { tag: block.tag }) };
}

function firstById(blocks: readonly DiffBlock[]): Map<string, DiffBlock> {
  const map = new Map<string, DiffBlock>();
  for (const block of blocks) if (block.id !== '' && !map.has(block.id)) map.set(block.id, block);
  return map;
}
