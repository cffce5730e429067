import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, $isParagraphNode, type ElementNode, type LexicalNode } from 'lexical';
import { $textWithPlaceholders } from './unsupported-node.js';

/** The kinds of block that carry a stable id and appear in block listings and exports. */
export type BlockType = 'paragraph' | 'heading' | 'quote' | 'list' | 'listitem';

/** The block kind of `node`, or `null` for inline nodes and node types Accord does not track. */
export function blockTypeOf(node: LexicalNode): BlockType | null {
  if ($isHeadingNode(node)) return 'heading';
  if ($isQuoteNode(node)) return 'quote';
  if ($isListNode(node)) return 'list';
  if ($isListItemNode(node)) return 'listitem';
  if ($isParagraphNode(node)) return 'paragraph';
  return null;
}

/**
 * Every tracked block of the active editor state, in document order: the root's paragraphs,
 * headings, quotes and lists, each list followed by its items, and an item by the lists nested
 * in it. Blocks nested anywhere else (there are none in Accord's schema today) are ignored, so
 * ids and numbers only ever concern what readers see as the document's body.
 */
export function $collectBlocks(): ElementNode[] {
  const blocks: ElementNode[] = [];
  for (const child of $getRoot().getChildren()) {
    if (blockTypeOf(child) !== null && $isElementNode(child)) {
      blocks.push(child);
      if ($isListNode(child)) $collectListItems(child, blocks);
    }
  }
  return blocks;
}

function $collectListItems(list: ElementNode, into: ElementNode[]): void {
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    into.push(item);
    for (const nested of item.getChildren()) {
      if ($isListNode(nested)) {
        into.push(nested);
        $collectListItems(nested, into);
      }
    }
  }
}

/**
 * The nearest ancestor of `node` that is a tracked block, `node` itself excluded: the paragraph
 * around a text node, the list around a list item.
 */
export function $enclosingBlock(node: LexicalNode): ElementNode | null {
  let parent = node.getParent();
  while (parent !== null) {
    if (blockTypeOf(parent) !== null) return parent;
    parent = parent.getParent();
  }
  return null;
}

/**
 * The text a block shows as its own: a list item's text without the lists nested in it (they
 * are listed as blocks of their own), a list's text empty for the same reason.
 */
export function $ownText(block: ElementNode): string {
  if ($isListNode(block)) return '';
  return block
    .getChildren()
    .filter((child) => !$isListNode(child))
    .map($textWithPlaceholders)
    .join('');
}
