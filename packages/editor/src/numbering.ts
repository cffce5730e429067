import { $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import type { EditorState, ElementNode, LexicalEditor, NodeKey } from 'lexical';
import { $collectBlocks, $ownText, blockTypeOf, type BlockType } from './blocks.js';
import { $getBlockId } from './id-state.js';

/** The minimum {@link numberBlocks} needs to know about a block. */
export interface NumberableBlock {
  readonly type: BlockType;
  readonly text: string;
}

/** A block of the document as listings, margins and exports see it. */
export interface ListedBlock {
  /** The Lexical node key: valid in this editor only, and only until the node is replaced. */
  key: NodeKey;
  /** The permanent id ('' only while a block waits for `registerParagraphIds` to give it one). */
  id: string;
  type: BlockType;
  /** `h1`–`h6` for headings, `ul` / `ol` for lists. */
  tag?: string;
  /** The block's own text; a list's is empty, its items are listed after it. */
  text: string;
  /** The paragraph number shown in the margin, or null for blocks that are not numbered. */
  number: number | null;
}

/**
 * Whether a block gets a paragraph number: in UN and advisory-group documents only body
 * paragraphs are numbered, so headings, quotes, lists and their items are not, and neither is
 * an empty (or whitespace-only) paragraph, which is layout rather than text.
 */
export function isNumberedBlock(block: NumberableBlock): boolean {
  return block.type === 'paragraph' && block.text.trim() !== '';
}

/**
 * Numbers blocks given in document order: 1, 2, 3 … over the numbered ones, null for the rest.
 * Pure, so the client's margin, the server's exports and any later diff agree on "paragraph 5".
 */
export function numberBlocks<T extends NumberableBlock>(blocks: readonly T[]): Array<T & { number: number | null }> {
  let next = 1;
  return blocks.map((block) => ({ ...block, number: isNumberedBlock(block) ? next++ : null }));
}

/** Every tracked block of the active editor state, in document order, with its number. */
export function $listBlocks(): ListedBlock[] {
  return numberBlocks($collectBlocks().map($describeBlock));
}

function $describeBlock(block: ElementNode): Omit<ListedBlock, 'number'> {
  const type = blockTypeOf(block)!;
  const described: Omit<ListedBlock, 'number'> = {
    key: block.getKey(),
    id: $getBlockId(block),
    type,
    text: $ownText(block),
  };
  if ($isHeadingNode(block) || $isListNode(block)) described.tag = block.getTag();
  return described;
}

/**
 * The numbered paragraphs of an editor's current state (or of a given state) by node key, for
 * drawing margin numbers next to the DOM elements (`editor.getElementByKey(key)`). Recompute on
 * every update: numbers are derived, a paragraph inserted above shifts all that follow.
 */
export function paragraphNumberMap(source: LexicalEditor | EditorState): Map<NodeKey, number> {
  const state = 'getEditorState' in source ? source.getEditorState() : source;
  return state.read(() => {
    const numbers = new Map<NodeKey, number>();
    for (const block of $listBlocks()) if (block.number !== null) numbers.set(block.key, block.number);
    return numbers;
  });
}
