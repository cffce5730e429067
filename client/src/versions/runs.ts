/**
 * Frozen formatting as the browser shows it (issue 12): a block's runs (or, for versions saved
 * before runs were kept, runs rebuilt from its bracketed segments or its text), grouped into
 * brackets and links for rendering; runs laid over a word-level diff; list markers. Pure, so it
 * is tested without a DOM; `FormattedText.tsx` turns the groups into elements.
 */
import {
  safeLinkTarget,
  type ContentBlock,
  type FormattedRun,
  type VersionSegment,
  type WordChange,
} from '@accord/schema';

/** What a block needs to be shown with its formatting; every field but `text` may be missing. */
export type RunsSource = Pick<ContentBlock, 'text' | 'runs'> & { segments?: readonly VersionSegment[] | undefined };

/** A block's runs, whatever it was saved with; unsafe link targets are dropped, text kept. */
export function runsOf(block: RunsSource): FormattedRun[] {
  if (block.runs)
    return block.runs.map(({ href, ...run }) =>
      href !== undefined && safeLinkTarget(href) !== null ? { ...run, href: safeLinkTarget(href)! } : run,
    );
  if (block.segments && block.segments.length > 0)
    return block.segments.map((s) => (s.bracket ? { text: s.text, bracket: '' } : { text: s.text }));
  return block.text === '' ? [] : [{ text: block.text }];
}

/** Runs grouped for rendering: a bracket holds links and texts, a link holds texts. */
export type RunGroup =
  | { kind: 'text'; run: FormattedRun }
  | { kind: 'link'; href: string; runs: FormattedRun[] }
  | { kind: 'bracket'; id: string; children: RunGroup[] };

function groupWhile<K>(
  runs: readonly FormattedRun[],
  key: (r: FormattedRun) => K,
  make: (key: K, runs: FormattedRun[]) => RunGroup[],
): RunGroup[] {
  const out: RunGroup[] = [];
  let i = 0;
  while (i < runs.length) {
    const k = key(runs[i]!);
    let j = i;
    while (j < runs.length && key(runs[j]!) === k) j++;
    out.push(...make(k, runs.slice(i, j)));
    i = j;
  }
  return out;
}

const linkGroups = (runs: readonly FormattedRun[]): RunGroup[] =>
  groupWhile(
    runs,
    (r) => r.href,
    (href, group) =>
      href === undefined
        ? group.map((run) => ({ kind: 'text' as const, run }))
        : [{ kind: 'link' as const, href, runs: group }],
  );

/** Groups runs: consecutive runs of one bracket into a bracket, of one link into a link. */
export function groupRuns(runs: readonly FormattedRun[]): RunGroup[] {
  return groupWhile(
    runs,
    (r) => r.bracket,
    (bracket, group) =>
      bracket === undefined
        ? linkGroups(group)
        : [{ kind: 'bracket' as const, id: bracket, children: linkGroups(group) }],
  );
}

/** The runs covering characters `start`–`end` of the runs' text, cut at the edges. */
export function sliceRuns(runs: readonly FormattedRun[], start: number, end: number): FormattedRun[] {
  const out: FormattedRun[] = [];
  let at = 0;
  for (const run of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + run.text.length);
    if (from < to) out.push({ ...run, text: run.text.slice(from - at, to - at) });
    at += run.text.length;
  }
  return out;
}

/** A word-level change with the formatting of the side it shows (equal and inserted text: after; deleted: before). */
export interface FormattedChange {
  op: WordChange['op'];
  runs: FormattedRun[];
}

/** Lays `from` and `to` runs over a word diff of their texts. */
export function formatWords(
  words: readonly WordChange[],
  from: readonly FormattedRun[],
  to: readonly FormattedRun[],
): FormattedChange[] {
  let before = 0;
  let after = 0;
  return words.map(({ op, text }) => {
    const n = text.length;
    if (op === 'delete') {
      before += n;
      return { op, runs: sliceRuns(from, before - n, before) };
    }
    after += n;
    if (op === 'equal') before += n;
    return { op, runs: sliceRuns(to, after - n, after) };
  });
}

/** What a list item needs for its marker. */
export interface MarkerSource {
  type: ContentBlock['type'];
  text: string;
  list?: ContentBlock['list'];
}

/**
 * The marker of each list item (by index): "•" for bullets, "1.", "2." … for numbered items,
 * counted per level and restarted by anything that is not a list; null for an item that only
 * carries a nested list (it shows nothing), and for blocks that are not list items.
 */
export function listMarkers(blocks: readonly MarkerSource[]): Array<string | null> {
  const counters: number[] = [];
  return blocks.map((block, i) => {
    if (block.type === 'list') return null;
    if (block.type !== 'listitem') {
      counters.length = 0;
      return null;
    }
    if (block.text === '' && blocks[i + 1]?.type === 'list') return null;
    const { ordered, depth } = block.list ?? { ordered: false, depth: 0 };
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    return ordered ? `${counters[depth]}.` : '•';
  });
}
