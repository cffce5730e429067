/**
 * Test support: Yjs updates that embed Lexical nodes of a type no Accord editor registers, made
 * with plain Yjs exactly as `@lexical/yjs` lays content out (an element is a `Y.XmlText` with a
 * `__type` attribute, a text node a `Y.Map` of properties followed by its characters). This is
 * what a hostile or outdated client can send; finding F2 of issue 12.
 */
import * as Y from 'yjs';

const textProperties = { __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 } as const;

function appendText(into: Y.XmlText, text: string): void {
  const properties = new Y.Map<unknown>();
  into.insertEmbed(into.length, properties);
  for (const [key, value] of Object.entries(textProperties)) properties.set(key, value);
  into.insert(into.length, text);
}

function elementOf(type: string): Y.XmlText {
  const element = new Y.XmlText();
  element.setAttribute('__type', type);
  element.setAttribute('__format', 0 as never);
  element.setAttribute('__indent', 0 as never);
  element.setAttribute('__dir', null as never);
  return element;
}

/** Applies `change` to `doc` in one transaction and returns the update it made. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(change);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Appends a top-level element of `type` holding `text`; returns the update. */
export function appendUnknownBlock(doc: Y.Doc, type: string, text: string): Uint8Array {
  return updateOf(doc, () => {
    const root = doc.get('root', Y.XmlText);
    const element = elementOf(type);
    root.insertEmbed(root.length, element);
    appendText(element, text);
  });
}

/**
 * Appends an inline element of `type` holding `text` to the end of the top-level block at
 * `blockIndex` (counting embeds of the root); returns the update.
 */
export function appendUnknownInline(doc: Y.Doc, blockIndex: number, type: string, text: string): Uint8Array {
  return updateOf(doc, () => {
    const root = doc.get('root', Y.XmlText);
    const blocks = root.toDelta().filter((op: { insert?: unknown }) => op.insert instanceof Y.XmlText) as Array<{
      insert: Y.XmlText;
    }>;
    const block = blocks[blockIndex]?.insert;
    if (!block) throw new Error(`no block ${blockIndex}: the doc has ${blocks.length}`);
    const element = elementOf(type);
    block.insertEmbed(block.length, element);
    appendText(element, text);
  });
}
