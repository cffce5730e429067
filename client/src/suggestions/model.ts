/**
 * The pending suggestions as the margin shows them, read from the editor state (the document
 * itself holds them: nothing to fetch to know they exist). One entry per suggestion id, in
 * document order: the text it would insert, the text it would delete, the block it is in.
 * A suggestion split by Enter keeps one id and becomes one entry (its first block places it).
 */
import { $collectBlocks, $getBlockId, $getSuggestionIdentity, $isSuggestionNode } from '@accord/editor';
import { $isElementNode, type LexicalNode } from 'lexical';

export interface PendingSuggestion {
  id: string;
  /** The proposer's person id, as the node says (names come from the server). */
  by: string;
  /** When it was made, ms since epoch (the node's own claim; informative). */
  at: number;
  /** The first block it is in. */
  blockId: string;
  /** The text it proposes to add ('' for a pure deletion). */
  inserted: string;
  /** The text it proposes to remove ('' for a pure insertion). */
  deleted: string;
}

/** Every suggestion in the active editor state, in document order (inside `editor.read`). */
export function $pendingSuggestions(): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion>();
  const visit = (node: LexicalNode, blockId: string) => {
    if ($isSuggestionNode(node)) {
      const identity = $getSuggestionIdentity(node);
      if (!identity) return;
      let entry = found.get(identity.id);
      if (!entry) {
        entry = { id: identity.id, by: identity.by, at: identity.at, blockId, inserted: '', deleted: '' };
        found.set(identity.id, entry);
      }
      const text = node.getTextContent();
      if (identity.kind === 'insert') entry.inserted += text;
      else entry.deleted += text;
      return;
    }
    // Blocks are visited on their own: stop at nested ones (lists inside list items).
    if ($isElementNode(node)) for (const child of node.getChildren()) if (!isBlock(child)) visit(child, blockId);
  };
  const blocks = $collectBlocks();
  const blockSet = new Set(blocks.map((b) => b.getKey()));
  const isBlock = (node: LexicalNode) => blockSet.has(node.getKey());
  for (const block of blocks) visit(block, $getBlockId(block));
  return [...found.values()];
}

/** Whether two lists hold the same suggestions with the same text (so a re-render can be skipped). */
export function sameSuggestions(a: readonly PendingSuggestion[], b: readonly PendingSuggestion[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.id === y.id &&
        x.by === y.by &&
        x.at === y.at &&
        x.blockId === y.blockId &&
        x.inserted === y.inserted &&
        x.deleted === y.deleted
      );
    })
  );
}
