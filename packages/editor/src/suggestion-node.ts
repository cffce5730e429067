import {
  $copyNode,
  $getDocument,
  $getState,
  $setState,
  createState,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { isNodeId, randomNodeId } from './node-ids.js';

/** The DOM element type, named without the DOM library (the package compiles for Node too). */
type DomElement = ReturnType<ElementNode['createDOM']>;

/** What a suggestion proposes: to add the text it holds, or to remove it. */
export type SuggestionKind = 'insert' | 'delete';

/** Who proposes a suggestion, when, and what: the identity a suggestion node carries. */
export interface SuggestionIdentity {
  id: string;
  kind: SuggestionKind;
  /** The proposer's person id. */
  by: string;
  /** Creation time, ms since epoch (informative: the server records its own time). */
  at: number;
}

// The server's person ids.
const PERSON_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Whether `value` has the shape of a suggestion id (URL-safe, 1–64 characters). */
export function isValidSuggestionId(value: unknown): value is string {
  return isNodeId(value);
}

/** Whether `value` is a suggestion kind. */
export function isSuggestionKind(value: unknown): value is SuggestionKind {
  return value === 'insert' || value === 'delete';
}

/** Whether `value` has the shape of a person id (the proposer of a suggestion). */
export function isValidSuggestionAuthor(value: unknown): value is string {
  return typeof value === 'string' && PERSON_PATTERN.test(value);
}

/** Whether `value` is a suggestion's creation time (a non-negative integer, ms since epoch). */
export function isValidSuggestionTime(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/**
 * The suggestion's id. Kept on copy: when Lexical splits the node (Enter inside it), both
 * halves are the same suggestion, accepted or rejected together. Malformed values parse as `''`.
 */
export const suggestionIdState = createState('sid', {
  parse: (value: unknown): string => (isValidSuggestionId(value) ? value : ''),
});

/** `'insert'` (proposed text) or `'delete'` (existing text proposed for removal); `''` if malformed. */
export const suggestionKindState = createState('sk', {
  parse: (value: unknown): SuggestionKind | '' => (isSuggestionKind(value) ? value : ''),
});

/** The proposer's person id, written by the client and verified by the server; `''` if malformed. */
export const suggestionByState = createState('sby', {
  parse: (value: unknown): string => (isValidSuggestionAuthor(value) ? value : ''),
});

/** Creation time in ms since epoch (informative); `0` if malformed. */
export const suggestionAtState = createState('sat', {
  parse: (value: unknown): number => (isValidSuggestionTime(value) ? value : 0),
});

/** A new random suggestion id: `s` and 12 URL-safe characters (72 random bits; Web Crypto). */
export function newSuggestionId(): string {
  return randomNodeId('s');
}

/**
 * A suggested change, as in track changes: an inline element around text someone proposes to
 * add (`insert`) or to remove (`delete`), pending until someone accepts or rejects it. Like a
 * bracket it is document structure: `@lexical/yjs` stores it as an `XmlText` nested in its
 * block's, its identity in NodeState, so it syncs, persists and undoes with the text. It holds
 * text only (text, tabs, line breaks), never another element; its boundaries are firm, so text
 * typed right before or after it goes outside (suggestion mode extends one's own insertion on
 * purpose, see `suggestions.ts`). It disappears when its text is deleted.
 *
 * The browser shows an insertion as `<ins>` and a deletion as `<del>`; the kind never changes
 * after creation (the server refuses it), so the tag is chosen once.
 */
export class SuggestionNode extends ElementNode {
  override $config() {
    return this.config('accord-suggestion', { extends: ElementNode });
  }

  override createDOM(_config: EditorConfig): DomElement {
    const kind = $getSuggestionKind(this);
    const tag = kind === 'delete' ? 'del' : kind === 'insert' ? 'ins' : 'span';
    const element = ($getDocument() as unknown as { createElement(tag: string): DomElement }).createElement(tag);
    element.className = 'accord-suggestion';
    setAttributes(element, this);
    return element;
  }

  override updateDOM(prevNode: this, dom: DomElement): boolean {
    if ($getSuggestionKind(this) !== $getState(prevNode, suggestionKindState, 'direct')) return true;
    setAttributes(dom, this);
    return false;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  /**
   * Enter inside a suggestion (while editing) splits it: the second half, in the new
   * paragraph, is the same suggestion (same id, kind, author and time), decided with the first.
   */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): SuggestionNode {
    const rest = $copyNode(this);
    this.insertAfter(rest, restoreSelection);
    return rest;
  }

  /**
   * Copying takes the text, not the suggestion: a pasted copy carrying the same id would be
   * accepted or rejected with the original, in someone else's name.
   */
  override excludeFromCopy(): true {
    return true;
  }
}

function setAttributes(dom: DomElement, node: SuggestionNode): void {
  const attributes: [string, string][] = [
    ['data-suggestion-id', $getSuggestionId(node)],
    ['data-kind', $getSuggestionKind(node)],
    ['data-by', $getSuggestionBy(node)],
  ];
  for (const [name, value] of attributes) {
    if (value === '') dom.removeAttribute(name);
    else if (dom.getAttribute(name) !== value) dom.setAttribute(name, value);
  }
}

/** A new, empty suggestion node; give it text before the update ends. Call inside an update. */
export function $createSuggestionNode({ id, kind, by, at }: SuggestionIdentity): SuggestionNode {
  const node = new SuggestionNode();
  $setState(node, suggestionIdState, id);
  $setState(node, suggestionKindState, kind);
  $setState(node, suggestionByState, by);
  $setState(node, suggestionAtState, at);
  return node;
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}

/** The suggestion's id, or `''` when malformed. */
export function $getSuggestionId(node: SuggestionNode): string {
  return $getState(node, suggestionIdState);
}

/** `'insert'`, `'delete'`, or `''` when malformed. */
export function $getSuggestionKind(node: SuggestionNode): SuggestionKind | '' {
  return $getState(node, suggestionKindState);
}

/** The proposer's person id, or `''` when malformed. */
export function $getSuggestionBy(node: SuggestionNode): string {
  return $getState(node, suggestionByState);
}

/** Creation time, ms since epoch, or `0` when malformed. */
export function $getSuggestionAt(node: SuggestionNode): number {
  return $getState(node, suggestionAtState);
}

/** The node's whole identity, or undefined when any part of it is malformed. */
export function $getSuggestionIdentity(node: SuggestionNode): SuggestionIdentity | undefined {
  const id = $getSuggestionId(node);
  const kind = $getSuggestionKind(node);
  const by = $getSuggestionBy(node);
  if (id === '' || kind === '' || by === '') return undefined;
  return { id, kind, by, at: $getSuggestionAt(node) };
}
