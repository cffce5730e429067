/**
 * Server decisions that take an inline element out of the text (accepting a suggestion,
 * resolving a bracket) leave text nodes side by side that Lexical would merge when they share a
 * format. `@lexical/yjs` (binding v1) writes a merge as the second node's characters deleted
 * and inserted again into the first, so a person typing in that neighbour at the same moment
 * would see its text doubled once both edits meet. Text nodes marked unmergeable are never
 * merged: the decision then changes only the element's own characters and the neighbours'
 * properties, which merge with concurrent typing like any edit.
 */
import { $isTextNode, type ElementNode, type LexicalNode } from 'lexical';

/** Marks `node`, when it is a text node, as never to be merged with its siblings. */
export function $keepApart(node: LexicalNode | null): void {
  if ($isTextNode(node) && !node.isUnmergeable()) node.toggleUnmergeable();
}

/** Before `element` is unwrapped or removed: keeps its neighbours and its own text nodes apart. */
export function $keepApartAround(element: ElementNode): void {
  $keepApart(element.getPreviousSibling());
  $keepApart(element.getNextSibling());
  for (const child of element.getChildren()) $keepApart(child);
}
