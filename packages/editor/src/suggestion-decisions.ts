/**
 * Deciding suggestions and listing them. Accepting an insertion keeps its text (the node goes,
 * the text stays); rejecting it removes node and text. Accepting a deletion removes node and
 * text; rejecting it keeps the text. Withdrawing (by the author) is rejecting. A suggestion
 * may span several nodes (Enter inside it splits it; one deletion across a link), all with the
 * same id: a decision applies to all of them. Call inside `editor.update` (listing: `read`).
 */
import { $isListNode } from '@lexical/list';
import { $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import { $collectBlocks } from './blocks.js';
import { $getBlockId } from './id-state.js';
import { $keepApartAround } from './keep-apart.js';
import {
  $getSuggestionAt,
  $getSuggestionBy,
  $getSuggestionId,
  $getSuggestionKind,
  $isSuggestionNode,
  type SuggestionKind,
  type SuggestionNode,
} from './suggestion-node.js';

/** A pending suggestion as listings see it. */
export interface ListedSuggestion {
  id: string;
  kind: SuggestionKind;
  /** The proposer's person id. */
  by: string;
  /** Creation time, ms since epoch (as the proposer's clock said). */
  at: number;
  /** The block holding its first part. */
  blockId: string;
  /** Its text (all parts, in document order; a line break as `\n`). */
  text: string;
}

/** Every suggestion node in the document, in document order. */
function $allSuggestionNodes(): SuggestionNode[] {
  const found: SuggestionNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isSuggestionNode(node)) found.push(node);
    else if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return found;
}

function unwrap(node: SuggestionNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/** Keeps or drops what `node` proposes. */
function decide(node: SuggestionNode, accept: boolean): void {
  const keepsText = ($getSuggestionKind(node) === 'insert') === accept;
  $keepApartAround(node);
  if (keepsText) unwrap(node);
  else node.remove();
}

function $decideWhere(test: (node: SuggestionNode) => boolean, accept: boolean): boolean {
  const nodes = $allSuggestionNodes().filter(test);
  for (const node of nodes) decide(node, accept);
  return nodes.length > 0;
}

/** Accepts the suggestion `id` (every node of it). Returns whether there was one. */
export function $acceptSuggestion(id: string): boolean {
  return $decideWhere((node) => $getSuggestionId(node) === id, true);
}

/** Rejects (or, by its author, withdraws) the suggestion `id`. Returns whether there was one. */
export function $rejectSuggestion(id: string): boolean {
  return $decideWhere((node) => $getSuggestionId(node) === id, false);
}

/** Accepts every suggestion by `personId`. Returns whether there was any. */
export function $acceptAllBy(personId: string): boolean {
  return $decideWhere((node) => $getSuggestionBy(node) === personId, true);
}

/** Rejects every suggestion by `personId`. Returns whether there was any. */
export function $rejectAllBy(personId: string): boolean {
  return $decideWhere((node) => $getSuggestionBy(node) === personId, false);
}

/** The suggestion nodes in a block's own inline content (not in lists nested in a list item). */
function $suggestionsIn(block: ElementNode): SuggestionNode[] {
  const found: SuggestionNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isSuggestionNode(node)) found.push(node);
    else if ($isElementNode(node) && !$isListNode(node)) node.getChildren().forEach(visit);
  };
  block.getChildren().forEach(visit);
  return found;
}

/**
 * Every pending suggestion in document order, one entry per id (its parts' text joined).
 * Nodes whose identity is malformed are left out: the server refuses to store them.
 */
export function $listSuggestions(): ListedSuggestion[] {
  const byId = new Map<string, ListedSuggestion>();
  for (const block of $collectBlocks()) {
    for (const node of $suggestionsIn(block)) {
      const id = $getSuggestionId(node);
      const kind = $getSuggestionKind(node);
      const by = $getSuggestionBy(node);
      if (id === '' || kind === '' || by === '') continue;
      const listed = byId.get(id);
      if (listed) listed.text += node.getTextContent();
      else
        byId.set(id, {
          id,
          kind,
          by,
          at: $getSuggestionAt(node),
          blockId: $getBlockId(block),
          text: node.getTextContent(),
        });
    }
  }
  return [...byId.values()];
}
