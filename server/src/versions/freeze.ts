/**
 * What a version keeps besides the Yjs state: every block as rendered when it was saved, with
 * its number, its formatted runs (marks, links, brackets), a list item's list, its bracketed
 * segments, the alternatives proposed to its brackets and its consensus status then. Kept so
 * that reading, comparing and exporting a version never depend on later code rendering old
 * state the same way.
 */
import { labelParagraphs, labelsByBlock, renderYDoc, type Run } from '@accord/editor';
import type { BaselineParagraph, ParagraphStatus, VersionBlock, VersionSegment } from '@accord/schema';

/** Alternatives' texts by bracket id, in the order proposed. */
export type AlternativesByBracket = ReadonlyMap<string, readonly string[]>;

/**
 * Renders `state` into the blocks a version stores; `statuses` by block id. With a frozen
 * numbering `baseline`, numbered blocks also keep their label ("4bis"), which the version shows.
 */
export function freezeBlocks(
  state: Uint8Array,
  statuses: ReadonlyMap<string, ParagraphStatus>,
  alternatives: AlternativesByBracket = new Map(),
  baseline?: readonly BaselineParagraph[],
): VersionBlock[] {
  const rendered = renderYDoc(state, 'json').paragraphs;
  const labels = baseline ? labelsByBlock(labelParagraphs(rendered, baseline)) : undefined;
  return rendered.map(({ runs, ...block }) => {
    const label = labels?.get(block.id);
    const frozen: VersionBlock = {
      ...block,
      ...(label === undefined ? {} : { label }),
      segments: runs ? segmentsOf(runs) : [{ text: block.text, bracket: false }].filter((s) => s.text !== ''),
      status: statuses.get(block.id) ?? null,
    };
    if (runs) frozen.runs = runs;
    const proposed = bracketsOf(runs ?? []).flatMap((bracket) => {
      const texts = alternatives.get(bracket);
      return texts && texts.length > 0 ? [{ bracket, texts: [...texts] }] : [];
    });
    if (proposed.length > 0) frozen.alternatives = proposed;
    return frozen;
  });
}

/** Runs as plain and bracketed segments (what versions saved before runs kept, and still keep). */
export function segmentsOf(runs: readonly Run[]): VersionSegment[] {
  const segments: VersionSegment[] = [];
  let previous: string | undefined;
  for (const run of runs) {
    const last = segments[segments.length - 1];
    if (last && run.bracket === previous) last.text += run.text;
    else if (run.text !== '') segments.push({ text: run.text, bracket: run.bracket !== undefined });
    previous = run.bracket;
  }
  return segments.filter((s) => s.text !== '');
}

function bracketsOf(runs: readonly Run[]): string[] {
  return [...new Set(runs.flatMap((r) => (r.bracket ? [r.bracket] : [])))];
}
