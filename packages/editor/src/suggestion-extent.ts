/**
 * How far a Backspace or Delete reaches in suggestion mode. Lexical's own `selection.modify`
 * asks the browser (it needs a DOM), and it would count text the deletion must step over
 * (text already suggested for deletion, other people's insertions) as characters: pressing
 * Backspace next to a struck word would then do nothing visible. This works on the block's
 * text instead, with the stepped-over text left out, so it also runs headless.
 */
import { $isListNode } from '@lexical/list';
import {
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $enclosingBlock, blockTypeOf } from './blocks.js';

/** What one keystroke deletes: a character (grapheme), a word, or up to the line's start or end. */
export type DeletionUnit = 'character' | 'word' | 'line';

interface Piece {
  node: LexicalNode;
  /** Where the piece starts in the block's deletable text. */
  start: number;
  /** Characters it adds to that text: 0 for stepped-over text. */
  length: number;
}

interface BlockText {
  text: string;
  pieces: Piece[];
  /** Offsets of element points, by `key:index`. */
  marks: Map<string, number>;
}

/** The block's deletable text (its own inline content, not nested lists), with where each leaf sits in it. */
function $blockText(block: ElementNode, stepped: (leaf: LexicalNode) => boolean): BlockText {
  let text = '';
  const pieces: Piece[] = [];
  const marks = new Map<string, number>();
  const visit = (element: ElementNode): void => {
    element.getChildren().forEach((child, index) => {
      marks.set(`${element.getKey()}:${index}`, text.length);
      if ($isListNode(child)) return;
      if ($isElementNode(child)) visit(child);
      else if ($isTextNode(child) || $isLineBreakNode(child)) {
        const own = stepped(child) ? '' : child.getTextContent();
        pieces.push({ node: child, start: text.length, length: own.length });
        text += own;
      }
    });
    marks.set(`${element.getKey()}:${element.getChildrenSize()}`, text.length);
  };
  visit(block);
  return { text, pieces, marks };
}

function $offsetOf(point: PointType, blockText: BlockText): number | undefined {
  if (point.type === 'element') return blockText.marks.get(`${point.key}:${point.offset}`);
  const piece = blockText.pieces.find((p) => p.node.getKey() === point.key);
  if (piece === undefined) return undefined;
  return piece.start + Math.min(point.offset, piece.length);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Where a deletion of `unit` from `caret` in `text` ends. */
function target(text: string, caret: number, isBackward: boolean, unit: DeletionUnit): number {
  if (unit === 'line') {
    const edge = isBackward ? text.lastIndexOf('\n', caret - 1) + 1 : text.indexOf('\n', caret);
    const reach = edge === -1 ? text.length : edge;
    if (reach !== caret) return reach;
    unit = 'character'; // at a line's edge: the line break itself
  }
  if (unit === 'character') {
    if (isBackward) {
      let last = 0;
      for (const { index } of graphemes.segment(text.slice(0, caret))) last = index;
      return caret === 0 ? 0 : last;
    }
    const next = graphemes.segment(text).containing(caret);
    return next === undefined ? caret : next.index + next.segment.length;
  }
  // A word with the punctuation after it ("dog." goes whole), not counting the spaces before
  // the caret (Backspace) or after it (Delete).
  const segments = words.segment(text);
  const isSpace = (i: number): boolean => /\s/.test(text[i]!);
  let at = caret;
  if (isBackward) {
    while (at > 0 && isSpace(at - 1)) at--;
    let segment = at > 0 ? segments.containing(at - 1) : undefined;
    while (segment && !segment.isWordLike && !isSpace(segment.index)) {
      at = segment.index;
      segment = at > 0 ? segments.containing(at - 1) : undefined;
    }
    return segment?.isWordLike ? segment.index : at;
  }
  while (at < text.length && isSpace(at)) at++;
  let segment = segments.containing(at);
  if (segment?.isWordLike) return segment.index + segment.segment.length;
  while (segment && !segment.isWordLike && !isSpace(segment.index)) {
    at = segment.index + segment.segment.length;
    segment = segments.containing(at);
  }
  return at;
}

/** The point at deletable offset `offset`: the start of the character there, or the end of the one before it. */
function pointAt(
  blockText: BlockText,
  offset: number,
  side: 'start' | 'end',
): { key: string; offset: number; type: 'text' | 'element' } | undefined {
  const piece = blockText.pieces.find(
    (p) =>
      p.length > 0 &&
      (side === 'start'
        ? p.start <= offset && offset < p.start + p.length
        : p.start < offset && offset <= p.start + p.length),
  );
  if (piece === undefined) return undefined;
  if ($isTextNode(piece.node)) return { key: piece.node.getKey(), offset: offset - piece.start, type: 'text' };
  const index = piece.node.getIndexWithinParent() + (side === 'start' ? 0 : 1);
  return { key: piece.node.getParentOrThrow().getKey(), offset: index, type: 'element' };
}

/**
 * Extends a collapsed selection over one `unit` of deletable text before (`isBackward`) or
 * after the caret, within the caret's block, taking in any stepped-over text on the way.
 * Returns false, leaving the selection alone, when there is nothing to delete on that side.
 */
export function $deletionExtent(
  selection: RangeSelection,
  isBackward: boolean,
  unit: DeletionUnit,
  stepped: (leaf: LexicalNode) => boolean,
): boolean {
  const anchorNode = selection.anchor.getNode();
  const block =
    $isElementNode(anchorNode) && blockTypeOf(anchorNode) !== null ? anchorNode : $enclosingBlock(anchorNode);
  if (block === null) return false;
  const blockText = $blockText(block, stepped);
  const caret = $offsetOf(selection.anchor, blockText);
  if (caret === undefined) return false;
  const reach = target(blockText.text, caret, isBackward, unit);
  if (reach === caret) return false;
  const point = pointAt(blockText, reach, isBackward ? 'start' : 'end');
  if (point === undefined) return false;
  selection.anchor.set(point.key, point.offset, point.type);
  return true;
}
