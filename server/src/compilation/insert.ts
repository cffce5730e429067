/**
 * The Lexical edit that inserts contributed paragraphs into a compilation: new paragraphs,
 * each with a fresh block id, after a block (or at the top). Runs inside `liveEdit`.
 */
import { $getBlockId, blockIdState, newParagraphId } from '@accord/editor';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $setState, type LexicalNode } from 'lexical';
import { Refusal } from '../refusal.js';

/**
 * Inserts one paragraph per text after the top-level block holding `afterBlockId` (a list item's
 * paragraph goes after its list), or at the top when null. Returns the new blocks' ids in order.
 */
export function $insertParagraphs(afterBlockId: string | null, texts: readonly string[]): string[] {
  const root = $getRoot();
  let anchor: LexicalNode | null = null;
  if (afterBlockId !== null) {
    anchor = root.getChildren().find((child) => holds(child, afterBlockId)) ?? null;
    if (!anchor)
      throw new Refusal(400, 'unknown_block', { key: 'errors.compilation.noBlock', values: { id: afterBlockId } });
  }
  const ids: string[] = [];
  for (const text of texts) {
    const id = newParagraphId();
    const paragraph = $createParagraphNode().append($createTextNode(text));
    $setState(paragraph, blockIdState, id);
    if (anchor) anchor.insertAfter(paragraph);
    else {
      const first = root.getFirstChild();
      if (first) first.insertBefore(paragraph);
      else root.append(paragraph);
    }
    anchor = paragraph;
    ids.push(id);
  }
  return ids;
}

/** Whether `node` is the block `blockId` or holds it (a list holding the item). */
function holds(node: LexicalNode, blockId: string): boolean {
  if ($getBlockId(node) === blockId) return true;
  return $isElementNode(node) && node.getChildren().some((child) => holds(child, blockId));
}
