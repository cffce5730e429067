/**
 * What a comment on the current selection is anchored to. The selection is read from the DOM
 * (it works the same in a read-only editor, where Lexical does not track it) as offsets in one
 * block's text; the anchor's two Yjs relative positions are then made on the shared document
 * with `BlockIndex.positionAt`, which gives exactly the positions Lexical's collaboration
 * cursor writes (`anchorPos` / `focusPos`), with the end sticking to the passage's last
 * character so text typed just after it stays outside.
 *
 * A caret (no characters selected) comments on its whole paragraph. A selection across
 * blocks keeps the part in its first block, and says so.
 */
import type { CommentAnchor } from '@accord/schema';
import type { BlockIndex } from '@accord/editor';
import { blockOf, blockTextOf, offsetOfPoint, type DomPoint, type NodeLike } from './dom-text.js';
import type { Said } from './said.js';

/** The selection as offsets in one block's text. */
export interface SelectionTarget {
  blockId: string;
  start: number;
  end: number;
  /** The selection went on into later blocks; only the first block's part is kept. */
  clipped: boolean;
  /** The block's text as the DOM showed it, to check against the shared document. */
  domText: string;
}

/** Where a point that sits on the editor root itself (not inside a block) belongs. */
function blockPoint<N extends NodeLike>(
  root: N,
  point: DomPoint<N>,
  edge: 'start' | 'end',
): { block: N; offset: number } | null {
  const block = blockOf(point.node, root);
  if (block) {
    const offset = offsetOfPoint(block, point.node, point.offset);
    // A point in a nested block's text counts from that block; one in a gap of the outer block is its start.
    return offset === null ? null : { block, offset };
  }
  if (point.node !== root) return null;
  // Between two top-level blocks: the start belongs to the next one, the end to the previous one.
  const child = root.childNodes[edge === 'start' ? point.offset : point.offset - 1] as N | undefined;
  if (!child) return null;
  return { block: child, offset: edge === 'start' ? 0 : blockTextOf(child).length };
}

/** The selection (its start and end in document order) as a target, or null when it is not in the editor's text. */
export function targetOf<N extends NodeLike>(root: N, start: DomPoint<N>, end: DomPoint<N>): SelectionTarget | null {
  const from = blockPoint(root, start, 'start');
  const to = blockPoint(root, end, 'end');
  if (!from) return null;
  const blockId = (from.block as NodeLike).getAttribute?.('data-block-id');
  if (!blockId) return null;
  const domText = blockTextOf(from.block);
  if (to && to.block === from.block)
    return {
      blockId,
      start: Math.min(from.offset, to.offset),
      end: Math.max(from.offset, to.offset),
      clipped: false,
      domText,
    };
  // Ends in another block: keep what is selected of the first one.
  return { blockId, start: from.offset, end: domText.length, clipped: to !== null && to.offset > 0, domText };
}

/** The longest quote the server accepts; a longer selection comments on its whole paragraph. */
export const MAX_QUOTE = 2000;

/**
 * What a new comment will be on: the anchor, the quote (`about`, empty for a whole block), the
 * block's number (null when unnumbered), and a note when the selection was changed to fit.
 */
export type AnchorChoice =
  | { anchor: CommentAnchor; about: string; number: number | null; note: Said | null }
  | { problem: Said };

/**
 * The anchor for a target on the shared document now: a passage, or the whole block when
 * nothing (or too much) is selected. A problem when the DOM and the document disagree (the
 * block is mid-update, or not yet in the shared document).
 */
export function anchorFor(index: BlockIndex, target: SelectionTarget): AnchorChoice {
  const block = index.byId(target.blockId);
  if (!block) return { problem: { id: 'comments.selection.notShared' } };
  const number = block.number;
  if (block.text !== target.domText) return { problem: { id: 'comments.selection.changing' } };
  const whole = { anchor: { kind: 'block', blockId: block.id }, about: '', number } as const;
  if (target.start === target.end) return { ...whole, note: null };
  if (target.end - target.start > MAX_QUOTE) {
    const note: Said =
      number === null
        ? { id: 'comments.selection.tooLongBlock', values: { max: MAX_QUOTE } }
        : { id: 'comments.selection.tooLong', values: { max: MAX_QUOTE, number } };
    return { ...whole, note };
  }
  const quote = block.text.slice(target.start, target.end);
  if (quote.trim() === '') return { ...whole, note: null };
  return {
    anchor: {
      kind: 'passage',
      blockId: block.id,
      start: index.positionAt(block, target.start, 0),
      end: index.positionAt(block, target.end, -1),
      // The server replaces it with the document's own text; sent because the schema asks for it.
      quote,
    },
    about: quote,
    number,
    note: !target.clipped
      ? null
      : number === null
        ? { id: 'comments.selection.clippedBlock' }
        : { id: 'comments.selection.clipped', values: { number } },
  };
}
