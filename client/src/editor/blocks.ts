/**
 * Block-level formatting: what kind of block the caret is in, and turning the selected blocks
 * into another kind. Shared by the toolbar and the keyboard shortcuts.
 */
import type { MessageKey } from '@accord/i18n';
import { $isLinkNode } from '@lexical/link';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

/** Each kind's name in the catalog ("Heading 1"). */
export const BLOCK_LABELS: Record<BlockKind, MessageKey> = {
  paragraph: 'document.block.paragraph',
  h1: 'document.block.h1',
  h2: 'document.block.h2',
  h3: 'document.block.h3',
  quote: 'document.block.quote',
  bullet: 'document.block.bullet',
  number: 'document.block.number',
};

export interface SelectionFormat {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: string | null;
}

export const EMPTY_FORMAT: SelectionFormat = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  link: null,
};

function topLevelBlock(node: LexicalNode): LexicalNode {
  return node.getKey() === 'root'
    ? node
    : ($findMatchingParent(node, (n) => {
        const parent = n.getParent();
        return parent !== null && $isRootOrShadowRoot(parent);
      }) ?? node.getTopLevelElementOrThrow());
}

/** Reads the format at the caret; call inside `editor.read` / an update. */
export function $readSelectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_FORMAT;
  const anchor = selection.anchor.getNode();
  let block: BlockKind = 'paragraph';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) {
    block = list.getListType() === 'number' ? 'number' : 'bullet';
  } else {
    const top = topLevelBlock(anchor);
    if ($isHeadingNode(top)) {
      const tag = top.getTag();
      block = tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
    } else if ($isQuoteNode(top)) block = 'quote';
    else if ($isListNode(top)) block = top.getListType() === 'number' ? 'number' : 'bullet';
  }
  const focusLink = $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  const anchorLink = $findMatchingParent(anchor, $isLinkNode);
  const link = focusLink && focusLink === anchorLink && $isLinkNode(focusLink) ? focusLink.getURL() : null;
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link,
  };
}

/**
 * Turns the selected blocks into `kind`. Choosing the kind they already are turns a list
 * back into paragraphs (as word processors toggle); headings and quotes stay as they are.
 */
export function setBlockKind(editor: LexicalEditor, kind: BlockKind, current: BlockKind): void {
  if (kind === 'bullet' || kind === 'number') {
    if (current === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else
      editor.dispatchCommand(
        kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
        undefined,
      );
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (kind === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
    else if (kind === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(kind));
  });
}
