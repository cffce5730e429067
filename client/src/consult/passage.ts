/**
 * The passage a visitor selected in one paragraph of the frozen version, as the anchor a
 * public comment takes: character offsets into that paragraph's text plus the quote. The
 * version never changes, so plain offsets stay valid (no Yjs positions as in the editor).
 * DOM points are read with the editor comments' walkers, so it is tested without a browser.
 */
import type { PublicCommentAnchor } from '@accord/schema';
import { blockOf, blockTextOf, offsetOfPoint, type DomPoint, type NodeLike } from '../comments/dom-text.js';

export type PassageAnchor = Extract<PublicCommentAnchor, { kind: 'passage' }>;

/** The longest quote the server accepts. */
export const MAX_QUOTE = 2000;

/**
 * The passage between `start` and `end` (a selection's range, in document order) when both lie
 * in the same paragraph under `root` and select some visible text; null otherwise (nothing
 * selected, across paragraphs, only spaces, or longer than {@link MAX_QUOTE}). `textOf` gives
 * a paragraph's text as the server has it: when the page shows something else, no offsets.
 */
export function passageOf<N extends NodeLike>(
  root: N,
  start: DomPoint<N>,
  end: DomPoint<N>,
  textOf: (blockId: string) => string | undefined,
): PassageAnchor | null {
  const block = blockOf(start.node, root);
  if (!block || blockOf(end.node, root) !== block) return null;
  const blockId = block.getAttribute?.('data-block-id');
  const text = blockId ? textOf(blockId) : undefined;
  if (!blockId || text === undefined || blockTextOf(block) !== text) return null;
  const from = offsetOfPoint(block, start.node, start.offset);
  const to = offsetOfPoint(block, end.node, end.offset);
  if (from === null || to === null) return null;
  const [s, e] = from <= to ? [from, to] : [to, from];
  // Spaces around a word dragged over by a thumb are not part of what was meant.
  const quote = text.slice(s, e);
  const lead = quote.length - quote.trimStart().length;
  const trail = quote.length - quote.trimEnd().length;
  if (quote.trim() === '') return null;
  const startAt = s + lead;
  const endAt = e - trail;
  if (endAt - startAt > MAX_QUOTE) return null;
  return { kind: 'passage', blockId, start: startAt, end: endAt, quote: text.slice(startAt, endAt) };
}
