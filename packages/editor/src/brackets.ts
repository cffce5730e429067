/**
 * Working with bracketed text: wrapping a passage in a bracket (the browser's toolbar, tests),
 * listing the brackets of a document, and resolving one (the server, after a coordinator chose
 * its text) by keeping the bracketed text or replacing it. Call everything inside
 * `editor.update` (or `read` for the listings).
 */
import { $isListNode } from '@lexical/list';
import {
  $createRangeSelection,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { $collectBlocks, $enclosingBlock } from './blocks.js';
import { $createBracketNode, $getBracketId, $isBracketNode, newBracketId, type BracketNode } from './bracket-node.js';
import { $getBlockId } from './id-state.js';
import { $keepApartAround } from './keep-apart.js';
import { $getSuggestionKind, $isSuggestionNode } from './suggestion-node.js';

/** A bracket as listings see it. */
export interface ListedBracket {
  /** The bracket id ('' only until the transform gives it one). */
  id: string;
  /** The id of the block holding it. */
  blockId: string;
  /** The bracketed text, without the brackets. */
  text: string;
  /** The Lexical node key: valid in this editor state only. */
  key: string;
}

/** Why a passage cannot be bracketed. */
/** Why a passage cannot be bracketed, for a reader who words it in their own language. */
export type BracketRefusal = 'empty' | 'across-blocks' | 'nested' | 'other';

export class BracketError extends Error {
  override name = 'BracketError';
  constructor(
    message: string,
    readonly reason: BracketRefusal = 'other',
  ) {
    super(message);
  }
}

/** Every bracket of the active state in document order (a bracket's id may repeat only in a corrupt document). */
export function $listBrackets(): ListedBracket[] {
  const found: ListedBracket[] = [];
  for (const block of $collectBlocks()) {
    const blockId = $getBlockId(block);
    for (const bracket of $bracketsIn(block)) {
      found.push({ id: $getBracketId(bracket), blockId, text: bracket.getTextContent(), key: bracket.getKey() });
    }
  }
  return found;
}

/** The brackets in a block's own inline content (not in the lists nested in a list item), in text order. */
export function $bracketsIn(block: ElementNode): BracketNode[] {
  const found: BracketNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isBracketNode(node)) found.push(node);
    else if ($isElementNode(node) && !$isListNode(node)) node.getChildren().forEach(visit);
  };
  block.getChildren().forEach(visit);
  return found;
}

/** The first bracket with `id` in the active state, or null. */
export function $findBracket(id: string): BracketNode | null {
  for (const block of $collectBlocks()) {
    const bracket = $bracketsIn(block).find((b) => $getBracketId(b) === id);
    if (bracket) return bracket;
  }
  return null;
}

/**
 * A block's own text with every bracket shown as `[…]`: what "the text" of a paragraph is for
 * consensus (an agreed paragraph in which someone brackets a passage has changed). Pending
 * suggestions are left out as in every base text: insertions dropped, deletions' text kept.
 */
export function $bracketedText(block: ElementNode): string {
  const text = (node: LexicalNode): string => {
    if ($isBracketNode(node)) return `[${node.getChildren().map(text).join('')}]`;
    // The base text: a pending insertion is not the text (a suggestion does not change what was agreed).
    if ($isSuggestionNode(node) && $getSuggestionKind(node) === 'insert') return '';
    if ($isListNode(node)) return '';
    if ($isElementNode(node)) return node.getChildren().map(text).join('');
    return node.getTextContent();
  };
  return block.getChildren().map(text).join('');
}

/**
 * Wraps the selected passage in a new bracket and returns it. The passage must lie inside one
 * block, hold at least one character and not touch another bracket (brackets do not nest: an
 * alternative to part of a bracket is an alternative to the bracket). A link partly selected
 * is bracketed whole.
 */
export function $wrapSelectionInBracket(selection: RangeSelection, id: string = newBracketId()): BracketNode {
  if (selection.isCollapsed() || selection.getTextContent() === '')
    throw new BracketError('select at least one character to bracket', 'empty');
  const anchorBlock = $enclosingBlock(selection.anchor.getNode()) ?? selection.anchor.getNode();
  const focusBlock = $enclosingBlock(selection.focus.getNode()) ?? selection.focus.getNode();
  if (!anchorBlock.is(focusBlock))
    throw new BracketError(
      'a bracket must lie inside one paragraph; bracket each paragraph separately',
      'across-blocks',
    );
  const block = anchorBlock as ElementNode;
  const tops: LexicalNode[] = [];
  for (const node of selection.extract()) {
    if (node.is(block)) continue;
    const top = $topInline(node, block);
    if (top === null)
      throw new BracketError(
        'a bracket must lie inside one paragraph; bracket each paragraph separately',
        'across-blocks',
      );
    if ($isBracketNode(top))
      throw new BracketError(
        'this passage overlaps a bracket; brackets cannot nest — propose an alternative to that bracket instead',
        'nested',
      );
    if (!tops.some((t) => t.is(top))) tops.push(top);
  }
  if (tops.length === 0) throw new BracketError('select at least one character to bracket', 'empty');
  tops.sort((a, b) => a.getIndexWithinParent() - b.getIndexWithinParent());
  const bracket = $createBracketNode(id);
  tops[0]!.insertBefore(bracket);
  bracket.append(...tops);
  bracket.selectEnd();
  return bracket;
}

/**
 * Brackets characters `start` to `end` (exclusive) of a block's own text, as given by
 * `$ownText` (a line break counts as one character). Returns the bracket.
 */
export function $bracketPassage(blockId: string, start: number, end: number, id: string = newBracketId()): BracketNode {
  const block = $collectBlocks().find((b) => $getBlockId(b) === blockId);
  if (!block) throw new BracketError(`no block ${blockId}`);
  if (!(start >= 0 && end > start)) throw new BracketError('the passage must hold at least one character');
  const anchor = $pointAt(block, start, 'start');
  const focus = $pointAt(block, end, 'end');
  const selection = $createRangeSelection();
  selection.anchor.set(anchor[0].getKey(), anchor[1], 'text');
  selection.focus.set(focus[0].getKey(), focus[1], 'text');
  $setSelection(selection);
  return $wrapSelectionInBracket(selection, id);
}

/** Removes a bracket and keeps its text (with its formatting) in its place. */
export function $unwrapBracket(bracket: BracketNode): void {
  const children = bracket.getChildren();
  const caretInside = $selectionTouches(bracket);
  $keepApartAround(bracket);
  for (const child of children) bracket.insertBefore(child);
  bracket.remove();
  if (caretInside) children[children.length - 1]?.selectEnd();
}

/**
 * Replaces a bracket and its text by `text`, formatted as the bracket's first character was.
 * An empty `text` removes the passage.
 */
export function $replaceBracket(bracket: BracketNode, text: string): void {
  $keepApartAround(bracket);
  if (text === '') {
    if ($selectionTouches(bracket)) bracket.selectPrevious();
    bracket.remove();
    return;
  }
  const replacement = $createTextNode(text);
  const first = bracket.getAllTextNodes()[0];
  if (first) {
    replacement.setFormat(first.getFormat());
    replacement.setStyle(first.getStyle());
  }
  const caretInside = $selectionTouches(bracket);
  bracket.replace(replacement);
  if (caretInside) replacement.selectEnd();
}

/** Whether the selection has a point in `bracket` (which an edit removing it must move). */
function $selectionTouches(bracket: BracketNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  return [selection.anchor, selection.focus].some((point) => {
    const node = point.getNode();
    return node.is(bracket) || bracket.isParentOf(node);
  });
}

/** The child of `block` that holds `node` (the node itself if it is one), or null when `node` is elsewhere. */
function $topInline(node: LexicalNode, block: ElementNode): LexicalNode | null {
  let current: LexicalNode | null = node;
  while (current !== null) {
    const parent: ElementNode | null = current.getParent();
    if (parent !== null && parent.is(block)) return current;
    current = parent;
  }
  return null;
}

/**
 * The text node and offset in it at character `offset` of the block's own text. At a boundary
 * between two nodes a start lies at the beginning of the next, an end at the end of the previous.
 */
function $pointAt(block: ElementNode, offset: number, side: 'start' | 'end'): [TextNode, number] {
  let remaining = offset;
  let last: [TextNode, number] | null = null;
  for (const leaf of $leaves(block)) {
    if ($isLineBreakNode(leaf)) {
      remaining -= 1;
      continue;
    }
    if (!$isTextNode(leaf)) continue;
    const size = leaf.getTextContentSize();
    if (remaining < size || (side === 'end' && remaining === size)) return [leaf, Math.max(0, remaining)];
    remaining -= size;
    last = [leaf, size];
  }
  if (remaining === 0 && last !== null) return last;
  throw new BracketError(`the block has no character ${offset}`);
}

function $leaves(block: ElementNode): LexicalNode[] {
  const leaves: LexicalNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isListNode(node)) return;
    if ($isElementNode(node)) node.getChildren().forEach(visit);
    else leaves.push(node);
  };
  block.getChildren().forEach(visit);
  return leaves;
}
