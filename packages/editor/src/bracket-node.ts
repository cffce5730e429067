import {
  $getDocument,
  $getEditor,
  $getNodeByKey,
  $getRoot,
  $getState,
  $isElementNode,
  $setState,
  createState,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { isNodeId, randomNodeId } from './node-ids.js';

/** The DOM element type, named without the DOM library (the package compiles for Node too). */
type DomElement = ReturnType<ElementNode['createDOM']>;

/** Whether `value` has the shape of a bracket id (URL-safe, 1–64 characters). */
export function isValidBracketId(value: unknown): value is string {
  return isNodeId(value);
}

/**
 * The NodeState slot holding a bracket's permanent id, stored by `@lexical/yjs` in the
 * element's `__state` map like block ids, so it syncs and persists with the text. The server
 * keys a bracket's alternatives and resolution by it. A malformed value parses as `''` and is
 * replaced by the node's transform. `resetOnCopyNode`: when Lexical splits a bracket (Enter
 * inside it), the second half is a new bracket with an id of its own.
 */
export const bracketIdState = createState('bid', {
  parse: (value: unknown): string => (isValidBracketId(value) ? value : ''),
  resetOnCopyNode: true,
});

/** A new random bracket id: `b` and 12 URL-safe characters (72 random bits; Web Crypto). */
export function newBracketId(): string {
  return randomNodeId('b');
}

/**
 * Bracketed text, as in negotiated UN texts: language not yet agreed, shown as `[ … ]`. An
 * inline element around the passage, so the brackets are document structure: `@lexical/yjs`
 * stores it as an `XmlText` nested in the paragraph's, and concurrent edits inside it stay
 * inside, edits around it stay around it. Its boundaries are firm like a link's: text typed
 * right before or after it goes outside. It disappears when its text is deleted.
 *
 * Register it everywhere (it is in `editorNodes`): a peer without the class cannot bind the
 * document. Blocks, ids and numbering ignore it (it is not a block).
 */
export class BracketNode extends ElementNode {
  override $config() {
    return this.config('accord-bracket', {
      extends: ElementNode,
      $transform: $keepBracketIdUnique,
    });
  }

  // The browser draws the brackets with CSS (`.accord-bracket::before { content: '[' }`), so
  // the characters are not text anyone can place a caret in or delete one of.
  override createDOM(_config: EditorConfig): DomElement {
    const span = ($getDocument() as unknown as { createElement(tag: 'span'): DomElement }).createElement('span');
    span.className = 'accord-bracket';
    const id = $getBracketId(this);
    if (id !== '') span.setAttribute('data-bracket-id', id);
    return span;
  }

  override updateDOM(prevNode: this, dom: DomElement): boolean {
    const id = $getBracketId(this);
    if (id !== $getState(prevNode, bracketIdState, 'direct')) {
      if (id === '') dom.removeAttribute('data-bracket-id');
      else dom.setAttribute('data-bracket-id', id);
    }
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
}

/** A new bracket with the given id (a fresh one by default). Call inside an update. */
export function $createBracketNode(id: string = newBracketId()): BracketNode {
  const node = new BracketNode();
  $setState(node, bracketIdState, id);
  return node;
}

export function $isBracketNode(node: LexicalNode | null | undefined): node is BracketNode {
  return node instanceof BracketNode;
}

/** The bracket's id, or `''` when it has none (yet). */
export function $getBracketId(node: BracketNode): string {
  return $getState(node, bracketIdState);
}

/**
 * The node transform (local updates only: remote and undo updates skip transforms) that gives
 * a bracket without an id a fresh one, and a bracket carrying an id another bracket already
 * held in the last committed state (a pasted copy) a fresh one too, so the original keeps its
 * alternatives. Editors that are not editable never write.
 */
function $keepBracketIdUnique(node: BracketNode): void {
  const editor = $getEditor();
  if (!editor.isEditable()) return;
  const id = $getBracketId(node);
  if (
    id !== '' &&
    !$isNewcomer(
      node,
      id,
      editor.getEditorState().read(() => $bracketKeyOf(id)),
    )
  )
    return;
  $setState(node, bracketIdState, newBracketId());
}

function $isNewcomer(node: BracketNode, id: string, previousHolder: NodeKey | null): boolean {
  if (previousHolder === null || previousHolder === node.getKey()) return false;
  const holder = $getNodeByKey(previousHolder);
  return $isBracketNode(holder) && holder.isAttached() && $getBracketId(holder) === id;
}

/** The key of the first bracket holding `id` in the active state, or null. */
function $bracketKeyOf(id: string): NodeKey | null {
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isBracketNode(node) && $getState(node, bracketIdState, 'direct') === id) return node.getKey();
    if ($isElementNode(node)) stack.push(...node.getChildren().reverse());
  }
  return null;
}
