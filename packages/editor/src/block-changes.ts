/**
 * What one Yjs transaction did to the blocks of a Lexical document, as each block read before
 * and after it. The server asks this inside the transaction that applied a client's update to
 * its screening replica (`onCheckUpdate`): attribution records who changed which paragraph from
 * what to what, and the suggestion rules check that a suggesting client changed nothing but
 * suggestions.
 *
 * Yjs keeps no "before" document, but inside the transaction it needs none: a block reads
 * "before" by skipping the transaction's insertions and keeping its deletions
 * (`transaction-phases.ts`).
 *
 * Only what the transaction lists is looked at, and a block is read only when a caller asks.
 */
import * as Y from 'yjs';
import type { BlockType } from './blocks.js';
import { isValidBlockId } from './id-state.js';
import { type Phase, Visibility } from './transaction-phases.js';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are invariant in their event type
type AnyType = Y.AbstractType<any>;

/** A pending suggestion as one block shows it (its nodes in that block, merged). */
export interface SuggestionView {
  id: string;
  kind: 'insert' | 'delete';
  /** The proposer's person id, as the node says (the server verifies it when the node is made). */
  by: string;
  /** Creation time the node carries, ms since the epoch (informative). */
  at: number;
  text: string;
}

/** A block as one moment of the document shows it. */
export interface BlockView {
  blockId: string;
  type: BlockType;
  /** The text as the editor shows it, suggestions' text included. */
  text: string;
  /** The text without pending suggestions: insertions left out, deletions kept. */
  base: string;
  /**
   * The base content in a canonical form — block attributes, inline elements and text
   * formatting included, however Yjs happens to split the items — so that "the base is
   * unchanged" is one string comparison.
   */
  baseKey: string;
  /** One entry per suggestion id, in order of first appearance. */
  suggestions: SuggestionView[];
}

/**
 * One block the transaction changed. `blockId`, `added`, `removed` and `touchesSuggestions` cost
 * nothing to ask; `before` and `after` read the whole block the first time they are asked, so a
 * caller that needs them only sometimes (attribution at the start of a run, the suggestion
 * record when a suggestion was touched) pays for them only then.
 */
export interface BlockChange {
  readonly blockId: string;
  /** The block did not exist before the transaction (then `before` is undefined). */
  readonly added: boolean;
  /** The block does not exist after it (then `after` is undefined). */
  readonly removed: boolean;
  /** The transaction made, changed or removed a suggestion in this block. */
  readonly touchesSuggestions: boolean;
  readonly before: BlockView | undefined;
  readonly after: BlockView | undefined;
}

/** The type `@lexical/yjs` gives the suggestion element (`SuggestionNode`). */
export const SUGGESTION_TYPE = 'accord-suggestion';

const BLOCK_TYPES: ReadonlySet<string> = new Set<BlockType>(['paragraph', 'heading', 'quote', 'list', 'listitem']);

/** Block attributes whose change is a change of the text (not `__dir`, `__textFormat`: Lexical derives those while typing). */
const BLOCK_KEY_ATTRIBUTES = [
  '__type',
  '__tag',
  '__format',
  '__indent',
  '__listType',
  '__start',
  '__value',
  '__checked',
];

/** Inline element attributes that belong to the base content (a link's target, say). */
const INLINE_KEY_ATTRIBUTES = ['__type', '__url', '__target', '__rel', '__title', '__isUnlinked'];

/**
 * Inside the transaction that applied an update (an extension's `onCheckUpdate`): the blocks it
 * changed, as they were before it and are now. A block replaced under the same id (Lexical turns
 * a paragraph into a heading by replacing the node) is one change. Shared between callers: read it, never change it.
 */
export function blockChanges(transaction: Y.Transaction): readonly BlockChange[] {
  let changes = answered.get(transaction);
  if (!changes) answered.set(transaction, (changes = readChanges(transaction)));
  return changes;
}

/** Several extensions ask about one update (attribution, suggestions): the answer is read once per transaction. */
const answered = new WeakMap<Y.Transaction, readonly BlockChange[]>();

/** Types whose content is blocks: a new or removed child of theirs is a new or removed block. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set(['list', 'listitem']);

/** A change whose views are read on first access. */
class LazyChange implements BlockChange {
  blockId: string;
  touchesSuggestions = false;
  #visibility: Visibility;
  /** The block's element before and after; two elements when Lexical replaced it under the same id. */
  #was: Y.XmlText | undefined;
  #is: Y.XmlText | undefined;
  #before: BlockView | undefined | null = null;
  #after: BlockView | undefined | null = null;
  #transaction: Y.Transaction;

  constructor(
    transaction: Y.Transaction,
    visibility: Visibility,
    blockId: string,
    was: Y.XmlText | undefined,
    is: Y.XmlText | undefined,
  ) {
    this.#transaction = transaction;
    this.#visibility = visibility;
    this.blockId = blockId;
    this.#was = was;
    this.#is = is;
  }

  get added(): boolean {
    return this.#was === undefined;
  }

  get removed(): boolean {
    return this.#is === undefined;
  }

  get before(): BlockView | undefined {
    if (this.#before === null) this.#before = this.#was && this.#read(this.#was, 'before');
    return this.#before;
  }

  get after(): BlockView | undefined {
    if (this.#after === null) this.#after = this.#is && this.#read(this.#is, 'after');
    return this.#after;
  }

  #read(xml: Y.XmlText, phase: Phase): BlockView {
    // Deleted content is collected when the transaction ends: a view read later would be wrong, not late.
    if (this.#transaction.doc._transaction !== this.#transaction)
      throw new Error('a block change is read only inside the transaction that made it (onCheckUpdate)');
    return viewOf(xml, this.#visibility, phase);
  }

  /** Merges the other half of a block Lexical replaced under the same id. */
  join(was: Y.XmlText | undefined, is: Y.XmlText | undefined): boolean {
    if ((was && this.#was) || (is && this.#is)) return false;
    this.#was ??= was;
    this.#is ??= is;
    return true;
  }
}

/** The blocks one transaction touched, and whether a suggestion in each was touched. */
class TouchedBlocks {
  readonly touched = new Map<Y.XmlText, boolean>();
  readonly #root: Y.XmlText;
  readonly #visibility: Visibility;

  constructor(root: Y.XmlText, visibility: Visibility) {
    this.#root = root;
    this.#visibility = visibility;
  }

  /** A type the transaction changed (`keys`: its changed attributes, null for its content). */
  changedType(type: AnyType, keys: Set<string | null>): void {
    const { block, suggestion } = enclosing(type, this.#root, this.#visibility);
    this.#touch(block, suggestion);
    if (!keys.has(null)) return;
    // A replica that only received updates holds its root untyped until `doc.get` types it, and
    // the transaction may name the untyped one: any top-level type here is taken for the root.
    if (type._item === null) this.#newOrRemovedIn(this.#root);
    else if (type instanceof Y.XmlText && BLOCK_CONTAINERS.has(typeName(type, this.#visibility)))
      this.#newOrRemovedIn(type);
  }

  /** A struct the transaction added or deleted: a suggestion element made or removed touches its block. */
  addedOrRemoved(struct: Y.Item | Y.GC | Y.Skip): void {
    if (!(struct instanceof Y.Item)) return;
    const content = struct.content;
    if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlText)) return;
    if (typeName(content.type, this.#visibility) !== SUGGESTION_TYPE) return;
    this.#touch(enclosing(struct.parent as AnyType, this.#root, this.#visibility).block, true);
  }

  #touch(block: Y.XmlText | undefined, suggestion: boolean): void {
    if (block) this.touched.set(block, (this.touched.get(block) ?? false) || suggestion);
  }

  /** The blocks a container (the root, a list, a list item) gained or lost. */
  #newOrRemovedIn(container: AnyType): void {
    for (let item = container._start; item !== null; item = item.right) {
      const content = item.content;
      if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlText)) continue;
      if (this.#visibility.visible(item, 'before') === this.#visibility.visible(item, 'after')) continue;
      const name = typeName(content.type, this.#visibility);
      if (BLOCK_TYPES.has(name)) this.#touch(content.type, false);
      // A new or removed list takes its items with it; an item its nested lists.
      if (BLOCK_CONTAINERS.has(name)) this.#newOrRemovedIn(content.type);
    }
  }
}

/**
 * Finds the touched blocks from what the transaction itself lists — the types it changed, the
 * structs it added, the items it deleted — never by walking a block: a keystroke in a long,
 * much-edited paragraph costs the same as one in a short one.
 */
function readChanges(transaction: Y.Transaction): BlockChange[] {
  const doc = transaction.doc;
  if (!doc.share.has('root')) return [];
  const visibility = new Visibility(transaction);
  const scan = new TouchedBlocks(doc.get('root', Y.XmlText), visibility);
  for (const [type, keys] of transaction.changed) scan.changedType(type, keys);
  // Suggestion elements the transaction made or removed (their parent's change above does not say).
  const store = doc.store;
  for (const [client, structs] of store.clients) {
    const before = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1]!;
    if (last.id.clock + last.length <= before) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) scan.addedOrRemoved(structs[i]!);
  }
  for (const [client, ranges] of transaction.deleteSet.clients) {
    const structs = store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < clock + len; i++)
        scan.addedOrRemoved(structs[i]!);
    }
  }
  const touched = scan.touched;
  const byId = new Map<string, LazyChange>();
  const changes: LazyChange[] = [];
  for (const [xml, suggestion] of touched) {
    const was = visibility.attached(xml, 'before') ? xml : undefined;
    const is = visibility.attached(xml, 'after') ? xml : undefined;
    if (!was && !is) continue;
    const blockId = blockIdOf(xml, visibility, is ? 'after' : 'before');
    const twin = blockId === '' ? undefined : byId.get(blockId);
    if (twin?.join(was, is)) {
      twin.touchesSuggestions ||= suggestion;
      continue;
    }
    const change = new LazyChange(transaction, visibility, blockId, was, is);
    change.touchesSuggestions = suggestion;
    if (blockId !== '') byId.set(blockId, change);
    changes.push(change);
  }
  return changes;
}

/** One block of a doc's current state by its id (the first, as the id repair decides), or undefined. */
export function blockView(doc: Y.Doc, blockId: string): BlockView | undefined {
  if (!doc.share.has('root')) return undefined;
  const visibility = new Visibility();
  const find = (container: Y.XmlText): Y.XmlText | undefined => {
    for (let item = container._start; item !== null; item = item.right) {
      const content = item.content;
      if (item.deleted || !(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlText)) continue;
      const name = typeName(content.type, visibility);
      if (!BLOCK_TYPES.has(name)) continue;
      if (blockIdOf(content.type, visibility, 'after') === blockId) return content.type;
      const nested = BLOCK_CONTAINERS.has(name) ? find(content.type) : undefined;
      if (nested) return nested;
    }
    return undefined;
  };
  const xml = find(doc.get('root', Y.XmlText));
  return xml && viewOf(xml, visibility, 'after');
}

/** Every block of a doc's current state, in document order (lists before their items). */
export function blockViews(doc: Y.Doc): BlockView[] {
  if (!doc.share.has('root')) return [];
  const root = doc.get('root', Y.XmlText);
  const visibility = new Visibility();
  const views: BlockView[] = [];
  const visit = (container: Y.XmlText): void => {
    for (let item = container._start; item !== null; item = item.right) {
      const content = item.content;
      if (item.deleted || !(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlText)) continue;
      if (!isBlock(content.type, visibility)) continue;
      views.push(viewOf(content.type, visibility, 'after'));
      visit(content.type);
    }
  };
  visit(root);
  return views;
}

function typeName(xml: Y.XmlText, visibility: Visibility): string {
  // A node never changes its type (the schema check refuses it), so either phase answers.
  const name = visibility.value(xml, '__type', 'after') ?? visibility.value(xml, '__type', 'before');
  return typeof name === 'string' ? name : '';
}

function isBlock(xml: Y.XmlText, visibility: Visibility): boolean {
  return BLOCK_TYPES.has(typeName(xml, visibility));
}

/**
 * The innermost block holding `type` (or `type` itself), when it lies in the Lexical root, and
 * whether `type` lies in a suggestion element (or is one).
 */
function enclosing(
  type: AnyType,
  root: Y.XmlText,
  visibility: Visibility,
): { block: Y.XmlText | undefined; suggestion: boolean } {
  let block: Y.XmlText | undefined;
  let suggestion = false;
  for (let current: AnyType = type; current !== root; ) {
    if (!block && current instanceof Y.XmlText) {
      const name = typeName(current, visibility);
      if (name === SUGGESTION_TYPE) suggestion = true;
      else if (BLOCK_TYPES.has(name)) block = current;
    }
    const item = current._item;
    if (item === null) return { block: undefined, suggestion: false }; // another top-level type: not the document
    current = item.parent as AnyType;
  }
  return { block, suggestion };
}

function blockIdOf(xml: Y.XmlText, visibility: Visibility, phase: Phase): string {
  const state = visibility.value(xml, '__state', phase);
  const pid = state instanceof Y.Map ? visibility.value(state, 'pid', phase) : undefined;
  return isValidBlockId(pid) ? pid : '';
}

/** Reads one block in one phase. */
function viewOf(xml: Y.XmlText, visibility: Visibility, phase: Phase): BlockView {
  const blockId = blockIdOf(xml, visibility, phase);
  const type = typeName(xml, visibility) as BlockType;
  const reader = new BlockReader(visibility, phase);
  reader.key += `${attributesKey(xml, BLOCK_KEY_ATTRIBUTES, visibility, phase)}#${blockId}|`;
  // A list's text is its items' (blocks of their own), as in `$ownText`.
  if (type !== 'list') reader.read(xml, undefined);
  return {
    blockId,
    type,
    text: reader.text,
    base: reader.base,
    baseKey: reader.key + reader.flushRun(),
    suggestions: [...reader.suggestions.values()],
  };
}

function attributesKey(xml: AnyType, keys: readonly string[], visibility: Visibility, phase: Phase): string {
  let key = '';
  for (const name of keys) {
    const value = visibility.value(xml, name, phase);
    if (value !== undefined) key += `${name}=${JSON.stringify(value)};`;
  }
  return key;
}

/** Walks a block's items in one phase, collecting its text, base text, canonical base and suggestions. */
class BlockReader {
  text = '';
  base = '';
  key = '';
  readonly suggestions = new Map<string, SuggestionView>();
  readonly #visibility: Visibility;
  readonly #phase: Phase;
  /** The base text run being built and its format, merged across item and node boundaries. */
  #run = '';
  #runFormat = '';

  constructor(visibility: Visibility, phase: Phase) {
    this.#visibility = visibility;
    this.#phase = phase;
  }

  read(xml: Y.XmlText, suggestion: SuggestionView | undefined): void {
    const visibility = this.#visibility;
    const phase = this.#phase;
    let format = '';
    for (let item = xml._start; item !== null; item = item.right) {
      if (!visibility.visible(item, phase)) continue;
      const content = item.content;
      if (content instanceof Y.ContentString) {
        this.#addText(content.str, format, suggestion);
      } else if (content instanceof Y.ContentType && content.type instanceof Y.Map) {
        // A text node: its properties, then its characters.
        const node = content.type;
        const nodeType = visibility.value(node, '__type', phase);
        format = `${String(visibility.value(node, '__format', phase) ?? 0)}/${String(visibility.value(node, '__style', phase) ?? '')}`;
        if (nodeType === 'linebreak') this.#addText('\n', format, suggestion);
      } else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
        const child = content.type;
        const name = typeName(child, visibility);
        if (BLOCK_TYPES.has(name)) continue; // a nested list: a block of its own
        if (name === SUGGESTION_TYPE && suggestion === undefined) {
          this.read(child, this.#suggestionOf(child));
        } else {
          this.key +=
            this.flushRun() +
            `<${attributesKey(child, INLINE_KEY_ATTRIBUTES, visibility, phase)}${this.#stateKey(child)}>`;
          this.read(child, suggestion);
          this.key += `${this.flushRun()}</>`;
        }
      }
    }
  }

  /** Closes the current base run into the key. */
  flushRun(): string {
    if (this.#run === '') return '';
    const run = `${JSON.stringify([this.#runFormat, this.#run])}`;
    this.#run = '';
    return run;
  }

  #addText(text: string, format: string, suggestion: SuggestionView | undefined): void {
    this.text += text;
    if (suggestion) suggestion.text += text;
    if (suggestion?.kind === 'insert') return;
    this.base += text;
    if (format !== this.#runFormat) {
      this.key += this.flushRun();
      this.#runFormat = format;
    }
    this.#run += text;
  }

  #suggestionOf(xml: Y.XmlText): SuggestionView {
    const state = this.#visibility.value(xml, '__state', this.#phase);
    const get = (key: string): unknown =>
      state instanceof Y.Map ? this.#visibility.value(state, key, this.#phase) : undefined;
    const id = typeof get('sid') === 'string' ? (get('sid') as string) : '';
    const known = this.suggestions.get(id);
    if (known) return known;
    const kind = get('sk') === 'delete' ? 'delete' : 'insert';
    const by = get('sby');
    const at = get('sat');
    const view: SuggestionView = {
      id,
      kind,
      by: typeof by === 'string' ? by : '',
      at: typeof at === 'number' ? at : 0,
      text: '',
    };
    this.suggestions.set(id, view);
    return view;
  }

  /** An inline element's NodeState in the key (a bracket's id: moving text out of a bracket changes the base). */
  #stateKey(xml: Y.XmlText): string {
    const state = this.#visibility.value(xml, '__state', this.#phase);
    if (!(state instanceof Y.Map)) return '';
    const bid = this.#visibility.value(state, 'bid', this.#phase);
    return bid === undefined ? '' : `bid=${JSON.stringify(bid)}`;
  }
}
