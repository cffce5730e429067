/**
 * The rules that make suggestions trustworthy, checked by the server on every client update
 * (inside the transaction that applied it to the screening replica):
 *
 * - A suggestion names its proposer (`sby` in the node's NodeState), and the client writes
 *   that name. So an update may create a suggestion node only under its sender's person id —
 *   or copy an existing suggestion's id, author and kind, which is what Lexical does when it
 *   splits a node — and nobody may change the id, kind, author or time of an existing one.
 * - A connection that may only suggest (a contributor; a member where the document says so)
 *   changes nothing but suggestions: the base text of every block it touches stays as it was
 *   (see {@link BlockView.baseKey}), it adds and removes no blocks, and it leaves other people's
 *   suggestions as they were. Its own suggestions it may add to, edit and withdraw.
 *
 * Accepting and rejecting are the server's own writes (on behalf of a coordinator), which these
 * rules do not concern.
 */
import * as Y from 'yjs';
import { SUGGESTION_TYPE, type BlockChange } from './block-changes.js';
import { Visibility } from './transaction-phases.js';

/** NodeState keys of a suggestion node that only its creation may set. */
const FIXED_KEYS = new Set(['sid', 'sk', 'sby', 'sat']);

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are invariant in their event type
type AnyType = Y.AbstractType<any>;

interface Claimed {
  id: unknown;
  kind: unknown;
  by: unknown;
}

/**
 * Why the suggestion nodes `transaction` writes are not the sender's to write, or undefined.
 * `personId` is the sender; for the system's own writes (undefined) nothing is checked.
 */
export function suggestionAuthorProblem(transaction: Y.Transaction, personId: string | undefined): string | undefined {
  if (personId === undefined) return undefined;
  const phases = new Visibility(transaction);
  // Existing suggestions: their fixed keys keep their values (Lexical may write an unchanged
  // value again when it syncs a node; only a different value, or a removal, counts).
  for (const [type, keys] of transaction.changed) {
    const node = suggestionOwning(type);
    if (!node?._item || phases.inserted(node._item)) continue;
    for (const key of keys) {
      if (key === null || !FIXED_KEYS.has(key)) continue;
      if (phases.value(type, key, 'before') !== phases.value(type, key, 'after'))
        return `changes the ${describe(key)} of an existing suggestion; only accepting or rejecting it changes a suggestion`;
    }
  }
  // New suggestion nodes: in the sender's name, or a copy of an existing suggestion (a split).
  let existing: Map<string, Claimed> | undefined;
  for (const [client, structs] of transaction.doc.store.clients) {
    const before = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1]!;
    if (last.id.clock + last.length <= before) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const item = structs[i]!;
      if (!(item instanceof Y.Item) || item.deleted || !(item.content instanceof Y.ContentType)) continue;
      const node = item.content.type;
      if (!(node instanceof Y.XmlText) || node.getAttribute('__type') !== SUGGESTION_TYPE) continue;
      const made = identityOf(node);
      if (made.by === personId) continue;
      existing ??= suggestionsBefore(transaction, phases);
      const original = typeof made.id === 'string' ? existing.get(made.id) : undefined;
      if (original && original.by === made.by && original.kind === made.kind) continue;
      return 'makes a suggestion in someone else’s name; a suggestion always names the person who sends it';
    }
  }
  return undefined;
}

/**
 * For a connection that may only suggest: why the changes go beyond suggestions, or undefined.
 * Give it the changes of the blocks the rule applies to (all of them, or only agreed paragraphs).
 */
export function suggestOnlyProblem(changes: readonly BlockChange[], personId: string): string | undefined {
  for (const { before, after } of changes) {
    if (!before || !after)
      return 'adds or removes a paragraph; while suggesting, propose wording inside existing paragraphs';
    if (before.baseKey !== after.baseKey)
      return 'changes the text itself; while suggesting, every change must be a suggestion the coordinators accept or reject';
    const others = (view: typeof before): string =>
      JSON.stringify(view.suggestions.filter((s) => s.by !== personId).map((s) => [s.id, s.kind, s.by, s.text]));
    if (others(before) !== others(after)) return 'changes or removes another person’s suggestion';
  }
  return undefined;
}

function describe(key: string): string {
  return key === 'sby' ? 'author' : key === 'sk' ? 'kind' : key === 'sid' ? 'id' : 'time';
}

/** The suggestion node whose NodeState map `type` is, if it is one. */
function suggestionOwning(type: AnyType): Y.XmlText | undefined {
  const owner = type._item;
  if (!(type instanceof Y.Map) || owner === null || owner.parentSub !== '__state') return undefined;
  const node = owner.parent;
  return node instanceof Y.XmlText && node.getAttribute('__type') === SUGGESTION_TYPE ? node : undefined;
}

function identityOf(node: Y.XmlText): Claimed {
  const state = node.getAttribute('__state') as unknown;
  if (!(state instanceof Y.Map)) return { id: undefined, kind: undefined, by: undefined };
  return { id: state.get('sid'), kind: state.get('sk'), by: state.get('sby') };
}

/** Every suggestion of the document before the transaction, by id (read only when a forgery is possible). */
function suggestionsBefore(transaction: Y.Transaction, phases: Visibility): Map<string, Claimed> {
  const found = new Map<string, Claimed>();
  const doc = transaction.doc;
  if (!doc.share.has('root')) return found;
  const visit = (xml: Y.XmlText): void => {
    for (let item = xml._start; item !== null; item = item.right) {
      const content = item.content;
      if (
        !phases.visible(item, 'before') ||
        !(content instanceof Y.ContentType) ||
        !(content.type instanceof Y.XmlText)
      )
        continue;
      const child = content.type;
      if (child.getAttribute('__type') === SUGGESTION_TYPE) {
        const identity = identityOf(child);
        if (typeof identity.id === 'string' && !found.has(identity.id)) found.set(identity.id, identity);
      }
      visit(child);
    }
  };
  visit(doc.get('root', Y.XmlText));
  return found;
}
