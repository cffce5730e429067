/**
 * A private copy of a document that a headless editor can always load, for readers (renderers,
 * consensus, versions). Unknown node types need nothing here (they load as placeholders, see
 * `unsupported-node.ts`), but a few shapes make `@lexical/yjs` throw or loop whatever is
 * registered: a node without a string `__type`, a known type in the wrong kind of Yjs type (a
 * decorator claiming to be a paragraph), or a `root` below the root. Such a node, stored before
 * updates were checked, is replaced in the copy by an element of an unknown type, so it shows as
 * "[unsupported content: unreadable …]" and the rest of the document still renders.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { DecoratorNode, ElementNode, LineBreakNode, TextNode, type Klass, type LexicalNode } from 'lexical';
import * as Y from 'yjs';
import { editorNodes } from './nodes.js';

type Kind = 'element' | 'text' | 'decorator';

let registered: ReadonlyMap<string, Kind> | undefined;

/** The kind of every type a headless Accord editor registers (core nodes included). */
function registeredKinds(): ReadonlyMap<string, Kind> {
  if (!registered) {
    const kinds = new Map<string, Kind>();
    const editor = createHeadlessEditor({ nodes: [...editorNodes], onError: () => {} });
    for (const [type, { klass }] of editor._nodes) {
      const proto = (klass as Klass<LexicalNode>).prototype;
      if (proto instanceof ElementNode) kinds.set(type, 'element');
      else if (proto instanceof TextNode || proto instanceof LineBreakNode) kinds.set(type, 'text');
      else if (proto instanceof DecoratorNode) kinds.set(type, 'decorator');
    }
    registered = kinds;
  }
  return registered;
}

function kindOf(embed: unknown): Kind | null {
  if (embed instanceof Y.XmlText) return 'element';
  if (embed instanceof Y.Map) return 'text';
  if (embed instanceof Y.XmlElement) return 'decorator';
  return null;
}

function typeOf(embed: Y.XmlText | Y.Map<unknown> | Y.XmlElement): unknown {
  return embed instanceof Y.Map ? embed.get('__type') : embed.getAttribute('__type');
}

/** Why `embed` cannot be loaded, or null when it can (an unknown type can: as a placeholder). */
function unreadable(embed: Y.XmlText | Y.Map<unknown> | Y.XmlElement, kind: Kind): string | null {
  const type = typeOf(embed);
  if (typeof type !== 'string' || type === '') return 'node without a type';
  if (type === 'root') return 'root';
  const expected = registeredKinds().get(type);
  return expected !== undefined && expected !== kind
    ? `${kind === 'element' ? 'element' : kind} posing as ${type}`
    : null;
}

/** Replaces every unloadable node under `xml` in place; returns how many were replaced. */
function repair(xml: Y.XmlText): number {
  let replaced = 0;
  let offset = 0;
  for (const op of xml.toDelta() as Array<{ insert: unknown }>) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const kind = kindOf(op.insert);
    if (kind !== null) {
      const embed = op.insert as Y.XmlText | Y.Map<unknown> | Y.XmlElement;
      const why = unreadable(embed, kind);
      if (why !== null) {
        xml.delete(offset, 1);
        const stand = new Y.XmlText();
        xml.insertEmbed(offset, stand);
        stand.setAttribute('__type', `unreadable ${why}`);
        replaced++;
      } else if (embed instanceof Y.XmlText) {
        replaced += repair(embed);
      }
    }
    offset += length;
  }
  return replaced;
}

/**
 * A private Y.Doc holding `source` (a doc or an encoded state), with every node no editor can
 * load replaced by a visible placeholder. The source is never written to. The caller owns (and
 * destroys) the copy.
 */
export function readableCopy(source: Y.Doc | Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, source instanceof Y.Doc ? Y.encodeStateAsUpdate(source) : source);
  const root = doc.get('root', Y.XmlText);
  if (hasUnreadable(root)) doc.transact(() => repair(root));
  return doc;
}

/** Whether any node under `xml` cannot be loaded: a walk over Yjs items, no deltas built. */
function hasUnreadable(xml: Y.XmlText): boolean {
  for (let item = xml._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const embed = item.content.type;
    const kind = kindOf(embed);
    if (kind === null) continue;
    if (unreadable(embed as Y.XmlText | Y.Map<unknown> | Y.XmlElement, kind) !== null) return true;
    if (embed instanceof Y.XmlText && hasUnreadable(embed)) return true;
  }
  return false;
}
