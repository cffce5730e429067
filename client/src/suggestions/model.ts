/**
 * The pending suggestions as the margin shows them, read from the editor state (the document
 * itself holds them: nothing to fetch to know they exist). One entry per card, in document
 * order: usually one suggestion id; a deletion directly followed by an insertion of the same
 * author (what selecting a word and typing another makes) is one replacement card with both
 * ids, decided together. A suggestion split by Enter keeps one id and is one entry (its first
 * block places it).
 */
import {
  $collectBlocks,
  $getBlockId,
  $getSuggestionIdentity,
  $isSuggestionNode,
  type SuggestionIdentity,
} from '@accord/editor';
import { $isElementNode, type LexicalNode } from 'lexical';

export interface PendingSuggestion {
  /** The card's key: its first suggestion's id. */
  id: string;
  /** Every suggestion id the card stands for (two for a replacement). */
  ids: string[];
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
  const entries: PendingSuggestion[] = [];
  const byId = new Map<string, PendingSuggestion>();
  const blocks = $collectBlocks();
  const blockKeys = new Set(blocks.map((b) => b.getKey()));
  // The suggestion just before the current node in its block, to pair a deletion with its insertion.
  let previous: { identity: SuggestionIdentity; entry: PendingSuggestion } | null = null;

  const add = (identity: SuggestionIdentity, text: string, blockId: string) => {
    let entry = byId.get(identity.id);
    if (!entry) {
      const pairs =
        previous !== null &&
        previous.identity.kind === 'delete' &&
        identity.kind === 'insert' &&
        previous.identity.by === identity.by &&
        previous.entry.inserted === '' &&
        previous.entry.ids.length === 1;
      if (pairs) {
        entry = previous!.entry;
        entry.ids.push(identity.id);
      } else {
        entry = {
          id: identity.id,
          ids: [identity.id],
          by: identity.by,
          at: identity.at,
          blockId,
          inserted: '',
          deleted: '',
        };
        entries.push(entry);
      }
      byId.set(identity.id, entry);
    }
    if (identity.kind === 'insert') entry.inserted += text;
    else entry.deleted += text;
    previous = { identity, entry };
  };

  const visit = (node: LexicalNode, blockId: string) => {
    if ($isSuggestionNode(node)) {
      const identity = $getSuggestionIdentity(node);
      if (identity) add(identity, node.getTextContent(), blockId);
      return;
    }
    if ($isElementNode(node)) {
      // Nested blocks (lists in list items) are visited on their own.
      for (const child of node.getChildren()) if (!blockKeys.has(child.getKey())) visit(child, blockId);
      return;
    }
    // Plain text between two suggestions keeps them apart.
    if (node.getTextContentSize() > 0) previous = null;
  };
  for (const block of blocks) {
    previous = null;
    visit(block, $getBlockId(block));
  }
  return entries;
}

/** Whether two lists hold the same suggestions with the same text (so a re-render can be skipped). */
export function sameSuggestions(a: readonly PendingSuggestion[], b: readonly PendingSuggestion[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.ids.join(' ') === y.ids.join(' ') &&
        x.by === y.by &&
        x.at === y.at &&
        x.blockId === y.blockId &&
        x.inserted === y.inserted &&
        x.deleted === y.deleted
      );
    })
  );
}
