/**
 * A block's inline content as flat formatted runs, the shape versions store (issue 12; the zod
 * schema is `FormattedRun` in @accord/schema, kept structurally identical here because this
 * package does not depend on the schema package). Flat runs are plain data that any renderer
 * can walk; {@link runsToInline} rebuilds the inline tree so the Markdown and HTML renderers of
 * the live document render frozen runs too, with the same escaping.
 */
import { $isListItemNode, $isListNode } from '@lexical/list';
import type { ElementNode } from 'lexical';
import { $inlineContent, safeHref, type Inline, type KeptFormat } from './inline.js';

/** The text marks a version keeps (sub- and superscript are read as plain text). */
export const RUN_MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;
export type RunMark = (typeof RUN_MARKS)[number];

/** A stretch of text with one formatting; a line break is `\n` in `text`. */
export interface Run {
  text: string;
  marks?: RunMark[];
  /** An http, https or mailto URL; never anything else. */
  href?: string;
  /** The id of the bracket the text is in ('' when unreadable); absent outside brackets. */
  bracket?: string;
}

/** Where a list item sits in its list. */
export interface ListPlace {
  ordered: boolean;
  /** 0 for a top-level list. */
  depth: number;
}

const isRunMark = (format: string): format is RunMark => (RUN_MARKS as readonly string[]).includes(format);

/** Flattens inline content into runs; neighbours with the same formatting are merged. */
export function inlineToRuns(content: readonly Inline[]): Run[] {
  const runs: Run[] = [];
  const push = (run: Run): void => {
    if (run.text === '') return;
    const last = runs[runs.length - 1];
    if (
      last &&
      last.href === run.href &&
      last.bracket === run.bracket &&
      (last.marks ?? []).join() === (run.marks ?? []).join()
    )
      last.text += run.text;
    else runs.push(run);
  };
  const walk = (items: readonly Inline[], context: { href?: string; bracket?: string }): void => {
    for (const inline of items) {
      if (inline.kind === 'break') push({ text: '\n', ...context });
      else if (inline.kind === 'text') {
        const marks = RUN_MARKS.filter((mark) => inline.formats.has(mark));
        push({ text: inline.text, ...(marks.length > 0 ? { marks } : {}), ...context });
      } else if (inline.kind === 'link') {
        // A link inside a link cannot be written; the outer target wins, as browsers do.
        const href = context.href ?? (inline.href === null ? undefined : inline.href);
        walk(inline.children, { ...context, ...(href === undefined ? {} : { href }) });
      } else if (inline.kind === 'bracket') walk(inline.children, { ...context, bracket: inline.id });
      else {
        // Any other inline (a later kind): its text, so nothing is silently dropped.
        const other = inline as { text?: unknown; children?: unknown };
        if (Array.isArray(other.children)) walk(other.children as Inline[], context);
        else if (typeof other.text === 'string') push({ text: other.text, ...context });
      }
    }
  };
  walk(content, {});
  return runs;
}

/**
 * Rebuilds inline content from runs: a bracket around its runs, a link around its runs inside
 * it, text split at line breaks. Unsafe link targets (a run not produced here) are dropped.
 */
export function runsToInline(runs: readonly Run[]): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < runs.length) {
    const bracket = runs[i]!.bracket;
    let j = i;
    while (j < runs.length && runs[j]!.bracket === bracket) j++;
    const inner = linked(runs.slice(i, j));
    if (bracket === undefined) out.push(...inner);
    else out.push({ kind: 'bracket', id: bracket, children: inner });
    i = j;
  }
  return out;
}

function linked(runs: readonly Run[]): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < runs.length) {
    const href = runs[i]!.href;
    let j = i;
    while (j < runs.length && runs[j]!.href === href) j++;
    const texts = runs.slice(i, j).flatMap(textInlines);
    if (href === undefined) out.push(...texts);
    else out.push({ kind: 'link', href: safeHref(href), children: texts });
    i = j;
  }
  return out;
}

function textInlines(run: Run): Inline[] {
  const formats = new Set<KeptFormat>((run.marks ?? []).filter(isRunMark));
  return run.text
    .split('\n')
    .flatMap((text, n): Inline[] => [
      ...(n > 0 ? [{ kind: 'break' as const }] : []),
      ...(text === '' ? [] : [{ kind: 'text' as const, text, formats }]),
    ]);
}

/** A block's own content (without the lists nested in a list item) as runs. */
export function $blockRuns(block: ElementNode): Run[] {
  return inlineToRuns($inlineContent(block));
}

/** A list item's list (numbered or not) and depth; undefined for any other block. */
export function $listPlace(block: ElementNode): ListPlace | undefined {
  if (!$isListItemNode(block)) return undefined;
  const list = block.getParent();
  if (!$isListNode(list)) return undefined;
  let depth = 0;
  // A nested list hangs in an item of the outer list.
  for (let parent = list.getParent(); parent !== null; parent = parent.getParent()) if ($isListNode(parent)) depth++;
  return { ordered: list.getListType() === 'number', depth };
}
