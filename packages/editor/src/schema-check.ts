/**
 * Checks that a change to a Y.Doc leaves a valid Accord document, as `@lexical/yjs` maps
 * Lexical onto Yjs: the root `Y.XmlText` named `root` holds block elements; every element is a
 * `Y.XmlText` whose attributes are the node's properties (`__type` first among them) and whose
 * content is its children; a text node is a `Y.Map` of properties embedded in its parent,
 * followed by its characters; NodeState lives in a `Y.Map` under the `__state` key.
 *
 * Yjs cannot take an update back, so the caller applies the update to a private copy of the
 * document inside a transaction and asks here, before the transaction ends, whether what it
 * did is acceptable. Only what the transaction touched is looked at: the structs it added and
 * the keys it changed, never the whole document, so a keystroke costs a few map lookups.
 * Types other than `root` at the top level are not part of the Lexical document (no renderer
 * reads them) and are left alone.
 */
import * as Y from 'yjs';
import {
  ELEMENT_RULES,
  MAX_DEPTH,
  TEXT_RULES,
  mayHoldElement,
  mayHoldText,
  own,
  type ElementRule,
  type ValueRule,
} from './schema-check-rules.js';

/**
 * Properties a node may lose: ones Lexical sets only later in a node's life (so a Yjs undo of
 * their first setting removes them again) and that read as "none" when absent.
 */
const OPTIONAL_KEYS = new Set(['__state', '__checked']);

/** The name of the top-level `Y.XmlText` that `@lexical/yjs` binds the editor's root to. */
export const LEXICAL_ROOT = 'root';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are invariant in their event type
type AnyType = Y.AbstractType<any>;
type Content = Y.Item['content'];

type Where =
  | { kind: 'outside' }
  | { kind: 'element'; type: string; rule: ElementRule | undefined }
  | { kind: 'text'; type: string }
  | { kind: 'state'; owner: Where }
  | { kind: 'stray' };

/**
 * Why the changes `transaction` made to `doc` do not leave a valid Accord document, or
 * `undefined` when they do. Call it inside the transaction, after the update was applied (the
 * transaction still knows what it touched). The reason is meant for the sender: it says what
 * was wrong, in a sentence.
 */
export function checkDocumentChange(doc: Y.Doc, transaction: Y.Transaction): string | undefined {
  const root = doc.get(LEXICAL_ROOT, Y.XmlText);
  const places = new Map<AnyType, Where>();
  const where = (type: AnyType): Where => {
    let found = places.get(type);
    if (!found) places.set(type, (found = locate(type, root, where)));
    return found;
  };
  for (const [client, structs] of doc.store.clients) {
    const before = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1]!;
    if (last.id.clock + last.length <= before) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!;
      if (!(struct instanceof Y.Item) || struct.deleted) continue;
      const problem = checkItem(struct, where);
      if (problem) return problem;
    }
  }
  // Keys of types that existed before: a property Lexical relies on must not be removed, and a
  // node never changes its type (Lexical replaces the node instead).
  for (const [type, keys] of transaction.changed) {
    const place = where(type);
    if (place.kind !== 'element' && place.kind !== 'text') continue;
    for (const key of keys) {
      if (key === null || OPTIONAL_KEYS.has(key)) continue;
      if (key === '__type') return 'changes the type of an existing node; Lexical replaces a node instead';
      const entry = type._map.get(key);
      if (!entry || entry.deleted) return `removes the property ${key} of a ${place.type} node`;
    }
  }
  return undefined;
}

/** Checks a whole document state (an encoded update), e.g. one about to be imported. */
export function checkDocumentState(state: Uint8Array): string | undefined {
  const doc = new Y.Doc();
  try {
    let problem: string | undefined;
    Y.transact(doc, (transaction) => {
      Y.applyUpdate(doc, state);
      problem =
        doc.store.pendingStructs || doc.store.pendingDs
          ? 'refers to changes that are not part of it'
          : checkDocumentChange(doc, transaction);
    });
    return problem;
  } finally {
    doc.destroy();
  }
}

function locate(type: AnyType, root: Y.XmlText, where: (t: AnyType) => Where): Where {
  if (type === root) return { kind: 'element', type: 'root', rule: ELEMENT_RULES.root };
  const item = type._item;
  if (item === null) return { kind: 'outside' };
  const parent = where(item.parent as AnyType);
  if (parent.kind === 'outside') return parent;
  if (type instanceof Y.XmlText && item.parentSub === null && parent.kind === 'element') {
    const name = type.getAttribute('__type') as unknown;
    return { kind: 'element', type: String(name), rule: own(ELEMENT_RULES, name) };
  }
  if (type instanceof Y.Map && item.parentSub === null && parent.kind === 'element')
    return { kind: 'text', type: String(type.get('__type')) };
  if (type instanceof Y.Map && item.parentSub === '__state' && (parent.kind === 'element' || parent.kind === 'text'))
    return { kind: 'state', owner: parent };
  return { kind: 'stray' };
}

function checkItem(item: Y.Item, where: (t: AnyType) => Where): string | undefined {
  const parent = item.parent as AnyType;
  const place = where(parent);
  const content = item.content;
  if (place.kind === 'outside' || content instanceof Y.ContentDeleted) return undefined;
  if (place.kind === 'stray') return 'writes into a part of the document that Lexical does not read';
  const key = item.parentSub;
  if (place.kind === 'state')
    return key === null ? 'writes unkeyed content into NodeState' : checkState(place.owner, key, content);
  if (place.kind === 'text')
    return key === null
      ? `writes unkeyed content into a ${place.type} node`
      : checkTextProperty(place.type, key, content);
  const rule = place.rule;
  if (!rule) return `writes into an element of the unregistered type ${JSON.stringify(place.type).slice(0, 40)}`;
  if (key !== null) return checkElementProperty(place.type, rule, key, content);
  if (content instanceof Y.ContentString)
    return mayHoldText(rule) ? undefined : `puts text directly into a ${place.type} element`;
  if (!(content instanceof Y.ContentType))
    return `puts ${contentName(content)} into a ${place.type} element; only nodes and text belong there`;
  const child = content.type;
  if (child instanceof Y.XmlText) {
    const childType = child.getAttribute('__type') as unknown;
    const childRule = own(ELEMENT_RULES, childType);
    if (!childRule || childType === 'root')
      return `adds an element of the unregistered type ${JSON.stringify(childType ?? null).slice(0, 40)}`;
    if (!mayHoldElement(rule, childRule, childType as string))
      return `puts a ${String(childType)} element into a ${place.type} element`;
    if (depthOf(child) > MAX_DEPTH) return `nests elements more than ${MAX_DEPTH} deep`;
    return undefined;
  }
  if (child instanceof Y.Map) {
    const childType = child.get('__type') as unknown;
    if (typeof childType !== 'string' || !own(TEXT_RULES, childType))
      return `adds a text node of the unregistered type ${JSON.stringify(childType ?? null).slice(0, 40)}`;
    return mayHoldText(rule) ? undefined : `puts a ${childType} node directly into a ${place.type} element`;
  }
  return `puts a ${child.constructor.name} into a ${place.type} element; Accord documents have no such nodes`;
}

function checkElementProperty(type: string, rule: ElementRule, key: string, content: Content): string | undefined {
  if (key === '__state')
    return content instanceof Y.ContentType && content.type instanceof Y.Map
      ? undefined
      : `sets NodeState of a ${type} element to something other than a map`;
  if (key === '__type') return checkValue(type, key, content, (v) => v === type);
  return checkValue(type, key, content, own(rule.props, key));
}

function checkTextProperty(type: string, key: string, content: Content): string | undefined {
  const rule = own(TEXT_RULES, type);
  if (!rule) return `writes into a text node of the unregistered type ${JSON.stringify(type).slice(0, 40)}`;
  if (key === '__state') return `sets NodeState on a ${type} node; Accord keeps none there`;
  if (key === '__type') return checkValue(type, key, content, (v) => v === type);
  return checkValue(type, key, content, own(rule.props, key));
}

function checkState(owner: Where, key: string, content: Content): string | undefined {
  const rule = owner.kind === 'element' && owner.rule ? own(owner.rule.state, key) : undefined;
  const name = owner.kind === 'element' || owner.kind === 'text' ? owner.type : 'unknown';
  if (!rule) return `sets the NodeState ${JSON.stringify(key).slice(0, 40)}, which a ${name} node does not have`;
  return checkValue(name, `NodeState ${key}`, content, rule);
}

function checkValue(type: string, key: string, content: Content, rule: ValueRule | undefined): string | undefined {
  if (!rule) return `sets the property ${JSON.stringify(key).slice(0, 40)}, which a ${type} node does not have`;
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1)
    return `sets ${key} of a ${type} node to ${contentName(content)}`;
  return rule(content.arr[0]) ? undefined : `sets ${key} of a ${type} node to a value of the wrong shape or size`;
}

function depthOf(type: AnyType): number {
  let depth = 0;
  for (let item = type._item; item !== null && depth <= MAX_DEPTH; item = (item.parent as AnyType)._item) depth++;
  return depth;
}

function contentName(content: Content): string {
  return content.constructor.name.replace(/^Content/, '').toLowerCase() + ' content';
}
