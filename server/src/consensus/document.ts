/**
 * What consensus needs to know about a document's live text: its blocks in document order
 * with numbers, plain and bracketed text, the text split into plain and bracketed segments
 * (for the register's renderings), and the brackets in each. Read from a private copy of the
 * state, as `renderYDoc` does, so nothing is ever written to the live doc.
 */
import { createHash } from 'node:crypto';
import {
  $bracketedText,
  $bracketsIn,
  $collectBlocks,
  $getBracketId,
  $getSuggestionKind,
  $isBracketNode,
  $isSuggestionNode,
  $isUnsupportedNode,
  $listBlocks,
  $textWithPlaceholders,
  labelParagraphs,
  labelsByBlock,
  openHeadlessCollabEditor,
  readableCopy,
  type BlockType,
} from '@accord/editor';
import type { BaselineParagraph } from '@accord/schema';
import { $isListNode } from '@lexical/list';
import { $isElementNode, type ElementNode, type LexicalNode } from 'lexical';

/** A run of a block's text: plain, or inside a bracket. */
export type Segment = { text: string } | { text: string; bracketId: string };

export interface LiveBlock {
  id: string;
  number: number | null;
  /** The number as readers see it ("4bis" while numbering is frozen); numbered blocks only. */
  label?: string;
  type: BlockType;
  text: string;
  /** The text with each bracket shown as `[…]`: what is hashed when a paragraph is agreed. */
  bracketedText: string;
  segments: Segment[];
  /** The brackets in the block, in text order. */
  brackets: Array<{ id: string; text: string }>;
}

export interface LiveDocument {
  blocks: LiveBlock[];
  /** Block by id (the first one, should a corrupt document hold an id twice). */
  byId: ReadonlyMap<string, LiveBlock>;
  /** The block holding each open bracket, by bracket id. */
  bracketBlock: ReadonlyMap<string, LiveBlock>;
}

/** The hash recorded when a paragraph is agreed, compared with the live text when read. */
export function textHash(bracketedText: string): string {
  return createHash('sha256').update(bracketedText, 'utf8').digest('hex');
}

/** Reads a document's state (an encoded update, as `LiveState` gives it), labelled against a frozen numbering `baseline`. */
export function readLiveDocument(state: Uint8Array, baseline?: readonly BaselineParagraph[]): LiveDocument {
  // Nodes no editor could load become placeholders in this private copy, as in every rendering.
  const doc = readableCopy(state);
  const session = openHeadlessCollabEditor(doc);
  try {
    const blocks = session.editor.read(() => {
      const listed = new Map($listBlocks().map((b) => [b.key, b]));
      return $collectBlocks().map((node): LiveBlock => {
        const block = listed.get(node.getKey())!;
        return {
          id: block.id,
          number: block.number,
          type: block.type,
          // The base text (pending suggestions left out), as segments and the hash read it.
          text: block.type === 'list' ? block.text : segmentsText(node),
          bracketedText: $bracketedText(node),
          segments: $segments(node),
          brackets: $bracketsIn(node).map((b) => ({ id: $getBracketId(b), text: b.getTextContent() })),
        };
      });
    });
    const labels = labelsByBlock(labelParagraphs(blocks, baseline));
    for (const block of blocks) if (block.number !== null) block.label = labels.get(block.id) ?? String(block.number);
    const byId = new Map<string, LiveBlock>();
    const bracketBlock = new Map<string, LiveBlock>();
    for (const block of blocks) {
      if (block.id !== '' && !byId.has(block.id)) byId.set(block.id, block);
      for (const bracket of block.brackets)
        if (bracket.id !== '' && !bracketBlock.has(bracket.id)) bracketBlock.set(bracket.id, block);
    }
    return { blocks, byId, bracketBlock };
  } finally {
    session.close();
    doc.destroy();
  }
}

/** A block's own text as plain and bracketed runs, adjacent plain runs merged. */
function $segments(block: ElementNode): Segment[] {
  const segments: Segment[] = [];
  const plain = (text: string): void => {
    const last = segments[segments.length - 1];
    if (last && !('bracketId' in last)) last.text += text;
    else if (text !== '') segments.push({ text });
  };
  const visit = (node: LexicalNode): void => {
    if ($isBracketNode(node)) segments.push({ text: $baseTextOf(node), bracketId: $getBracketId(node) });
    else if ($isListNode(node)) return;
    // Pending proposals are not the text: an insertion is left out, a deletion's text kept.
    else if ($isSuggestionNode(node) && $getSuggestionKind(node) === 'insert') return;
    // A node of a type Accord does not know shows its label, as in every other rendering.
    else if ($isUnsupportedNode(node)) plain($textWithPlaceholders(node));
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
    else plain(node.getTextContent());
  };
  block.getChildren().forEach(visit);
  return segments;
}

/** A block's base text: its segments' text. */
function segmentsText(block: ElementNode): string {
  return $segments(block)
    .map((s) => s.text)
    .join('');
}

/** The text of an inline element without the pending insertions in it. */
function $baseTextOf(node: LexicalNode): string {
  if ($isSuggestionNode(node) && $getSuggestionKind(node) === 'insert') return '';
  return $isElementNode(node) ? node.getChildren().map($baseTextOf).join('') : node.getTextContent();
}
