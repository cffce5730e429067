/// <reference lib="dom" />
/**
 * Defence in depth against node types no Accord editor registers (finding F2 of issue 12).
 *
 * `@lexical/yjs` looks every Yjs node's `__type` up in `editor._nodes` and throws "Node … is not
 * registered" on a miss, which made every renderer of a document holding such a node fail and
 * left the browser editor empty. {@link tolerateUnknownNodes} answers such a miss with one of
 * three placeholder classes (element, text or decorator, as the Yjs node is), so the rest of the
 * document loads and the unknown node shows as "[unsupported content: <type>]".
 *
 * An editor that tolerates unknown nodes registers {@link placeholderNodes} and binds with
 * {@link placeholderExclusions}: the placeholder keeps its own Lexical type and never writes its
 * type or label back to Yjs, so reading writes nothing and an edit around it leaves it as it is
 * in Yjs. The placeholders are not in `editorNodes`: the server's update check still refuses a
 * peer that sends one.
 */
import {
  $create,
  $isElementNode,
  DecoratorNode,
  ElementNode,
  TextNode,
  type DOMConversionMap,
  type EditorConfig,
  type ElementDOMSlot,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import * as Y from 'yjs';

/** What a placeholder shows in place of a node of type `type`. */
export function unsupportedLabel(type: string): string {
  return `[unsupported content: ${type}]`;
}

const LABEL_CLASS = 'accord-unsupported-label';

/**
 * How a page words its placeholders in its own language: an editor theme's `unsupported`
 * entry (the DOM only; exports and the stored text keep {@link unsupportedLabel}).
 */
export interface UnsupportedWording {
  label(type: string): string;
  title(): string;
}

const wordingOf = (config: EditorConfig | undefined): Partial<UnsupportedWording> =>
  (config?.theme['unsupported'] as Partial<UnsupportedWording> | undefined) ?? {};

/** The DOM of a placeholder: marked, and labelled by a span the editor does not manage. */
function placeholderDom(tag: 'div' | 'span', type: string, config?: EditorConfig): HTMLElement {
  const wording = wordingOf(config);
  const dom = document.createElement(tag);
  // Not editable: the server refuses edits inside a node of an unknown type, and would close the editor's connection.
  dom.contentEditable = 'false';
  dom.className = 'accord-unsupported';
  dom.dataset['unsupportedType'] = type;
  dom.title =
    wording.title?.() ??
    'This document holds content this version of Accord cannot show. A coordinator can reset the document to a saved version.';
  const label = document.createElement('span');
  label.className = LABEL_CLASS;
  label.contentEditable = 'false';
  label.textContent = wording.label?.(type) ?? unsupportedLabel(type);
  dom.append(label);
  return dom;
}

/** An element (block or inline) of a type no class is registered for; its children load as usual. */
export class UnsupportedElementNode extends ElementNode {
  static override getType(): string {
    return 'accord-unsupported-element';
  }
  static override clone(node: UnsupportedElementNode): UnsupportedElementNode {
    return new (node.constructor as typeof UnsupportedElementNode)(node.__key);
  }
  static override importJSON(json: SerializedLexicalNode): UnsupportedElementNode {
    return $create(this).updateFromJSON(json as never);
  }
  static override importDOM(): DOMConversionMap | null {
    return null;
  }
  /** The type name the Yjs node has. */
  __unsupportedType: string;
  constructor(key?: NodeKey) {
    super(key);
    this.__unsupportedType = takeMissedType();
  }
  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__unsupportedType = previous.__unsupportedType;
  }
  /** Inline anywhere but at the top level, where a block stood. */
  override isInline(): boolean {
    return this.__parent !== 'root';
  }
  override createDOM(config: EditorConfig): HTMLElement {
    return placeholderDom(this.isInline() ? 'span' : 'div', this.__unsupportedType, config);
  }
  override updateDOM(previous: this): boolean {
    return previous.__parent !== this.__parent;
  }
  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withAfter(element.querySelector(`:scope > .${LABEL_CLASS}`));
  }
}

/** A text node of an unknown type: its text is shown, marked as unsupported. */
export class UnsupportedTextNode extends TextNode {
  static override getType(): string {
    return 'accord-unsupported-text';
  }
  static override clone(node: UnsupportedTextNode): UnsupportedTextNode {
    return new (node.constructor as typeof UnsupportedTextNode)(node.__text, node.__key);
  }
  static override importJSON(json: SerializedLexicalNode): UnsupportedTextNode {
    return $create(this).updateFromJSON(json as never);
  }
  static override importDOM(): DOMConversionMap | null {
    return null;
  }
  /** The type name the Yjs node has. */
  __unsupportedType: string;
  constructor(text?: string, key?: NodeKey) {
    super(text, key);
    this.__unsupportedType = takeMissedType();
  }
  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__unsupportedType = previous.__unsupportedType;
  }
  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const dom = super.createDOM(config, editor);
    dom.classList.add('accord-unsupported');
    dom.dataset['unsupportedType'] = this.__unsupportedType;
    dom.title = wordingOf(config).label?.(this.__unsupportedType) ?? unsupportedLabel(this.__unsupportedType);
    return dom;
  }
}

/** A decorator of an unknown type: nothing to draw but its label. */
export class UnsupportedDecoratorNode extends DecoratorNode<null> {
  static override getType(): string {
    return 'accord-unsupported-decorator';
  }
  static override clone(node: UnsupportedDecoratorNode): UnsupportedDecoratorNode {
    return new (node.constructor as typeof UnsupportedDecoratorNode)(node.__key);
  }
  static override importJSON(json: SerializedLexicalNode): UnsupportedDecoratorNode {
    return $create(this).updateFromJSON(json as never);
  }
  static override importDOM(): DOMConversionMap | null {
    return null;
  }
  /** The type name the Yjs node has. */
  __unsupportedType: string;
  constructor(key?: NodeKey) {
    super(key);
    this.__unsupportedType = takeMissedType();
  }
  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__unsupportedType = previous.__unsupportedType;
  }
  override isInline(): boolean {
    return this.__parent !== 'root';
  }
  override createDOM(config: EditorConfig): HTMLElement {
    return placeholderDom(this.isInline() ? 'span' : 'div', this.__unsupportedType, config);
  }
  override updateDOM(): boolean {
    return false;
  }
  override decorate(): null {
    return null;
  }
}

/** Whether `node` stands in for a node of an unknown type. */
export function $isUnsupportedNode(
  node: LexicalNode | null | undefined,
): node is UnsupportedElementNode | UnsupportedTextNode | UnsupportedDecoratorNode {
  return (
    node instanceof UnsupportedElementNode ||
    node instanceof UnsupportedTextNode ||
    node instanceof UnsupportedDecoratorNode
  );
}

/**
 * The text of inline content with every placeholder's label in place, as readers of a block's
 * text see it; `getTextContent()` where there is no placeholder.
 */
export function $textWithPlaceholders(node: LexicalNode): string {
  if ($isUnsupportedNode(node)) {
    const label = unsupportedLabel(node.__unsupportedType);
    return $isElementNode(node)
      ? label + node.getChildren().map($textWithPlaceholders).join('')
      : label + node.getTextContent();
  }
  if ($isElementNode(node) && node.isInline()) return node.getChildren().map($textWithPlaceholders).join('');
  return node.getTextContent();
}

type Kind = 'element' | 'text' | 'decorator';

/**
 * The kind of the first shared type of `type` under the root, as `@lexical/yjs` maps them:
 * `Y.XmlText` an element, `Y.Map` a text node (or line break), `Y.XmlElement` a decorator.
 */
function kindInDoc(root: Y.XmlText, type: string): Kind | null {
  const visit = (xml: Y.XmlText): Kind | null => {
    for (const op of xml.toDelta() as Array<{ insert?: unknown }>) {
      const embed = op.insert;
      if (embed instanceof Y.XmlText) {
        if (embed.getAttribute('__type') === type) return 'element';
        const found = visit(embed);
        if (found) return found;
      } else if (embed instanceof Y.Map) {
        if (embed.get('__type') === type) return 'text';
      } else if (embed instanceof Y.XmlElement) {
        if (embed.getAttribute('__type') === type) return 'decorator';
      }
    }
    return null;
  };
  return visit(root);
}

/** The placeholder classes an editor that tolerates unknown nodes registers. */
export const placeholderNodes: ReadonlyArray<Klass<LexicalNode>> = [
  UnsupportedElementNode,
  UnsupportedTextNode,
  UnsupportedDecoratorNode,
];

/**
 * Properties of the placeholders the binding must not sync: their own Lexical type and the
 * label's type name stay on the Lexical side, the Yjs node keeps what it has.
 */
export function placeholderExclusions(): Map<Klass<LexicalNode>, Set<string>> {
  return new Map(placeholderNodes.map((klass) => [klass, new Set(['__type', '__unsupportedType'])]));
}

const placeholderOfKind: Record<Kind, string> = {
  element: UnsupportedElementNode.getType(),
  text: UnsupportedTextNode.getType(),
  decorator: UnsupportedDecoratorNode.getType(),
};

// `@lexical/yjs` looks the type up and constructs its class in the next statement; the
// constructor takes the type name from here (JavaScript runs one statement at a time).
let missedType = 'unknown';
function takeMissedType(): string {
  const type = missedType;
  missedType = 'unknown';
  return type;
}

const tolerant = new WeakSet<LexicalEditor>();

/**
 * Makes `editor` load node types it has no class for as placeholders instead of throwing.
 * The editor must register {@link placeholderNodes}, and its binding use
 * {@link placeholderExclusions}. `doc` is the Y.Doc it is (or will be) bound to, under
 * `rootName`: an unknown type's kind is read from it. Call before the binding loads content;
 * calling again does nothing. A type that is not in the doc (pasted JSON, say) fails as before.
 */
export function tolerateUnknownNodes(editor: LexicalEditor, doc: Y.Doc, rootName = 'root'): void {
  if (tolerant.has(editor)) return;
  tolerant.add(editor);
  const nodes = editor._nodes;
  const lookup = nodes.get.bind(nodes);
  const kinds = new Map<string, Kind | null>();
  nodes.get = (type: string) => {
    const registered = lookup(type);
    if (registered !== undefined || typeof type !== 'string' || type === '') return registered;
    let kind = kinds.get(type);
    if (kind === undefined) {
      kind = kindInDoc(doc.get(rootName, Y.XmlText), type);
      // Only a found kind is kept: the node may arrive with a later update.
      if (kind !== null) kinds.set(type, kind);
    }
    if (kind === null) return undefined;
    missedType = type;
    return lookup(placeholderOfKind[kind]);
  };
}
