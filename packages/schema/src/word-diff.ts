/**
 * A word-level diff of two texts: the longest common subsequence of their tokens (words and
 * the whitespace between them), as runs of equal, deleted and inserted text. Pure; no
 * dependency. The table is O(n·m), so very long paragraphs fall back to "all deleted, all
 * inserted" rather than stall a request. Shared: the server's comparisons and history use it,
 * and the page shows with it what changed in an original since its translation (issue 15).
 */
import type { WordChange } from './versions.js';

/** Above this many table cells (tokens before × tokens after) the diff is not computed word by word. */
export const MAX_DIFF_CELLS = 4_000_000;

/** Words and whitespace runs, in order; joined they give the text back. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** The changes turning `before` into `after`, adjacent runs of one kind merged. */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Trim the common prefix and suffix first: most edits touch a few words of a long paragraph.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: WordChange[] = [];
  const push = (op: WordChange['op'], text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('equal', a.slice(0, start).join(''));
  for (const change of middle(a.slice(start, endA), b.slice(start, endB))) push(change.op, change.text);
  push('equal', a.slice(endA).join(''));
  return out;
}

function middle(a: string[], b: string[]): WordChange[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_DIFF_CELLS) {
    return [
      { op: 'delete', text: a.join('') },
      { op: 'insert', text: b.join('') },
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: WordChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'equal', text: a[i++]! });
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ op: 'delete', text: a[i++]! });
    } else {
      out.push({ op: 'insert', text: b[j++]! });
    }
  }
  while (i < a.length) out.push({ op: 'delete', text: a[i++]! });
  while (j < b.length) out.push({ op: 'insert', text: b[j++]! });
  return out;
}
