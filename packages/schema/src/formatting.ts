import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';

/**
 * Formatting that survives freezing (issue 12): a block's inline content as flat runs of text,
 * each with its marks, its link and its bracket, and a list item's place in its list. Produced
 * from the Lexical state by `@accord/editor` and stored in versions; every renderer (Markdown,
 * HTML, DOCX, the browser) reads only this, so what a version shows never depends on how later
 * code renders old Lexical state. Blocks saved before runs existed have none: readers fall back
 * to the plain text (and the bracketed segments).
 */

/** The text marks a version keeps. */
export const RunMark = z.enum(['bold', 'italic', 'underline', 'strikethrough', 'code']);
export type RunMark = z.infer<typeof RunMark>;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * `url` normalised by the WHATWG URL parser when it is an absolute http, https or mailto URL,
 * else null. Parsing, as browsers do, judges `JaVaScRiPt:` or a tab inside a scheme as they would.
 */
export function safeLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** A link target a run may carry: an absolute http, https or mailto URL, at most 2,048 characters. */
export const RunHref = z
  .string()
  .max(2048, atMost(2048))
  .refine((url) => safeLinkTarget(url) !== null, fieldMessage('errors.field.link'));

/**
 * A stretch of a block's text with one formatting. Concatenated, a block's runs give its
 * `text`. `bracket` is the id of the bracket the text is in ('' when the id was unreadable);
 * absent outside brackets. A line break is a `\n` in `text`.
 */
export const FormattedRun = z.object({
  text: z.string(),
  marks: z.array(RunMark).optional(),
  href: RunHref.optional(),
  bracket: z.string().optional(),
});
export type FormattedRun = z.infer<typeof FormattedRun>;

/** Where a list item sits: in a numbered or bulleted list, how deep (0 = top level). */
export const ListPlace = z.object({
  ordered: z.boolean(),
  depth: z.number().int().min(0).max(32),
});
export type ListPlace = z.infer<typeof ListPlace>;

/** The alternatives proposed to one bracket, in order (Alt 1, Alt 2 …), as frozen with a version. */
export const FrozenAlternatives = z.object({ bracket: z.string(), texts: z.array(z.string()) });
export type FrozenAlternatives = z.infer<typeof FrozenAlternatives>;

/** Runs with the same marks, link and bracket, next to each other, merged; empty runs dropped. */
export function mergeRuns(runs: readonly FormattedRun[]): FormattedRun[] {
  const out: FormattedRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameFormatting(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push({ ...run });
  }
  return out;
}

/** Whether two runs look the same apart from their text. */
export function sameFormatting(a: FormattedRun, b: FormattedRun): boolean {
  const marks = (r: FormattedRun) => [...(r.marks ?? [])].sort().join(',');
  return marks(a) === marks(b) && a.href === b.href && a.bracket === b.bracket;
}
