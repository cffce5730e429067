/**
 * Where a comment's anchor is in a document now. Pure Yjs (no Lexical editor), so the server
 * resolves anchors on a private copy of a document's live state and the browser can run the
 * same code on its own Y.Doc.
 *
 * A passage anchor holds two Yjs relative positions as Lexical's collaboration cursor makes
 * them (`anchorPos` / `focusPos`: a position in a block's `XmlText`, counting each text
 * node's property map as one index), so it follows its characters through concurrent edits.
 * `@lexical/yjs` (binding v1) re-creates characters in two common cases — formatting part of
 * a text node re-inserts the node's text after the split point, and splitting a paragraph
 * moves its second half into a new block — and positions on re-created characters collapse.
 * The anchor's quote with the text around it (`prefix` / `suffix`, recorded by the server
 * when the thread is opened) then finds the words again, but only where the surrounding text
 * agrees with what was recorded (up to a block boundary), so a deleted passage is reported
 * as removed rather than re-attached to the same words elsewhere.
 */
import * as Y from 'yjs';
import type { BlockType } from './blocks.js';
import { isValidBlockId } from './id-state.js';
import { numberBlocks } from './numbering.js';

/** A Yjs relative position in its JSON form (`Y.relativePositionToJSON`). */
export interface RelativePositionJson {
  type?: { client: number; clock: number } | null | undefined;
  tname?: string | null | undefined;
  item?: { client: number; clock: number } | null | undefined;
  assoc?: number | undefined;
}

/** A comment anchor: a whole block, or a passage inside one. Structurally the API's `CommentAnchor`. */
export type AnchorLike =
  | { kind: 'block'; blockId: string }
  | {
      kind: 'passage';
      blockId: string;
      start: RelativePositionJson;
      end: RelativePositionJson;
      quote: string;
      /** Up to {@link CONTEXT_CHARS} characters before the passage when it was anchored. */
      prefix?: string | undefined;
      /** Up to {@link CONTEXT_CHARS} characters after the passage when it was anchored. */
      suffix?: string | undefined;
    };

/** How much text around a passage is recorded to find it again. */
export const CONTEXT_CHARS = 32;

/** A block of the document as anchors see it: the same ids, numbers and text as `$listBlocks`. */
export interface IndexedBlock {
  id: string;
  type: BlockType;
  number: number | null;
  /** The block's own text (a list's is empty; a list item's excludes its nested lists). */
  text: string;
}

/** Where an anchor is now, or that its text is gone. Offsets index the block's `text`. */
export type AnchorResolution =
  | { found: true; block: IndexedBlock; start: number; end: number; text: string; by: 'block' | 'positions' | 'quote' }
  | { found: false };

/** Why a relative position does not point into a block of the document. */
export type Unlocated = 'malformed' | 'not-synced' | 'gone';

/** A relative position resolved to an offset in a block's text. */
export type Located = { block: IndexedBlock; offset: number } | { missing: Unlocated };

const blockTypes: ReadonlySet<string> = new Set<BlockType>(['paragraph', 'heading', 'quote', 'list', 'listitem']);

const blockTypeOfXml = (xml: Y.XmlText): BlockType | null => {
  const type = xml.getAttribute('__type');
  return typeof type === 'string' && blockTypes.has(type) ? (type as BlockType) : null;
};

const blockIdOfXml = (xml: Y.XmlText): string => {
  const state: unknown = xml.getAttribute('__state');
  const id = state instanceof Y.Map ? state.get('pid') : undefined;
  return isValidBlockId(id) ? id : '';
};

type DeltaOp = { insert?: unknown };

/** Where a (possibly nested inline) type's text starts inside its block, and how long it is. */
interface Placement {
  block: IndexedBlock;
  base: number;
  length: number;
}

/**
 * The blocks of one Y.Doc in document order, with their text and a map from every type that
 * holds their text to its place. Reads only: building it never writes to the doc. Build a
 * new one after the doc changes.
 */
export class BlockIndex {
  readonly blocks: readonly IndexedBlock[];
  readonly #doc: Y.Doc;
  readonly #placements = new Map<unknown, Placement>();
  readonly #byId = new Map<string, IndexedBlock>();
  readonly #xml = new Map<IndexedBlock, Y.XmlText>();

  constructor(doc: Y.Doc) {
    this.#doc = doc;
    const found: Array<{
      xml: Y.XmlText;
      type: BlockType;
      id: string;
      text: string;
      inline: Map<Y.XmlText, { base: number; length: number }>;
    }> = [];
    const visit = (xml: Y.XmlText, type: BlockType): void => {
      const inline = new Map<Y.XmlText, { base: number; length: number }>();
      const text = type === 'list' ? '' : textOf(xml, inline);
      found.push({ xml, type, id: blockIdOfXml(xml), text, inline });
      // Mirrors `$collectBlocks`: a list is followed by its items, an item by the lists nested in it.
      if (type === 'list' || type === 'listitem') {
        for (const child of embeds(xml)) {
          const childType = child instanceof Y.XmlText ? blockTypeOfXml(child) : null;
          if (child instanceof Y.XmlText && childType === (type === 'list' ? 'listitem' : 'list'))
            visit(child, childType);
        }
      }
    };
    const root = rootOf(doc);
    if (root) {
      for (const child of embeds(root)) {
        const type = child instanceof Y.XmlText ? blockTypeOfXml(child) : null;
        if (child instanceof Y.XmlText && type !== null && type !== 'listitem') visit(child, type);
      }
    }
    this.blocks = numberBlocks(found.map(({ id, type, text }) => ({ id, type, text })));
    found.forEach((entry, i) => {
      const block = this.blocks[i]!;
      // The first block in document order keeps a duplicated id, as the id repair decides.
      if (block.id !== '' && !this.#byId.has(block.id)) this.#byId.set(block.id, block);
      this.#xml.set(block, entry.xml);
      this.#placements.set(entry.xml, { block, base: 0, length: entry.text.length });
      for (const [xml, place] of entry.inline) this.#placements.set(xml, { block, ...place });
    });
  }

  /** Builds the index of an encoded document state (a private copy; nothing is shared). */
  static fromUpdate(update: Uint8Array): BlockIndex {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    return new BlockIndex(doc);
  }

  /** The block with this id, or undefined when no block has it. */
  byId(id: string): IndexedBlock | undefined {
    return this.#byId.get(id);
  }

  /** Where a relative position points now: a block and an offset in its text, or why not. */
  locate(json: RelativePositionJson): Located {
    // A root-level name would make Yjs define (create) that root type on the doc; Lexical's
    // positions never use one, so a name is refused rather than looked up.
    if (json.tname != null || (json.item == null && json.type == null)) return { missing: 'malformed' };
    for (const id of [json.item, json.type]) {
      if (id != null && Y.getState(this.#doc.store, id.client) <= id.clock) return { missing: 'not-synced' };
    }
    let absolute: Y.AbsolutePosition | null;
    try {
      absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), this.#doc);
    } catch {
      return { missing: 'malformed' };
    }
    // Deleted and detached types are not in the map: only live blocks reachable from the root are.
    const place = absolute && this.#placements.get(absolute.type);
    if (!absolute || !place) return { missing: 'gone' };
    return {
      block: place.block,
      offset: place.base + offsetWithin(absolute.type as Y.XmlText, absolute.index, this.#placements),
    };
  }

  /**
   * The relative position of an offset in a block's text, as Lexical's collaboration cursor
   * makes it: `assoc` 0 sticks to the character at `offset` (a passage's start), -1 to the one
   * before it (a passage's end), so text typed just outside a passage stays outside.
   */
  positionAt(block: IndexedBlock, offset: number, assoc: 0 | -1): RelativePositionJson {
    const xml = this.#xml.get(block);
    if (!xml) throw new Error(`block ${block.id} is not in this index`);
    if (offset < 0 || offset > block.text.length) throw new Error(`block ${block.id} has no offset ${offset}`);
    if (assoc === -1 && offset === 0)
      return Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(xml, 0, -1));
    const target = assoc === 0 ? offset : offset - 1;
    const at = target < block.text.length ? charIndex(xml, target, this.#placements) : undefined;
    const position = at
      ? Y.createRelativePositionFromTypeIndex(at.type, at.index + (assoc === 0 ? 0 : 1), assoc)
      : Y.createRelativePositionFromTypeIndex(xml, xml.length, 0);
    return Y.relativePositionToJSON(position);
  }
}

/** The type and Yjs index holding the character at `offset` of a type's text. */
function charIndex(
  xml: Y.XmlText,
  offset: number,
  placements: ReadonlyMap<unknown, Placement>,
): { type: Y.XmlText; index: number } | undefined {
  let remaining = offset;
  let index = 0;
  for (const op of xml.toDelta() as DeltaOp[]) {
    if (typeof op.insert === 'string') {
      if (remaining < op.insert.length) return { type: xml, index: index + remaining };
      remaining -= op.insert.length;
      index += op.insert.length;
      continue;
    }
    if (op.insert instanceof Y.Map && op.insert.get('__type') === 'linebreak') {
      if (remaining === 0) return { type: xml, index };
      remaining -= 1;
    } else if (op.insert instanceof Y.XmlText && blockTypeOfXml(op.insert) === null) {
      const length = placements.get(op.insert)?.length ?? 0;
      if (remaining < length) return charIndex(op.insert, remaining, placements);
      remaining -= length;
    }
    index += 1;
  }
  return undefined;
}

/**
 * The document's root `XmlText`, or undefined when there is none. A doc that only received
 * updates holds its root as an untyped placeholder until someone asks for it by type; asking
 * types it in this doc alone (no update is made), and only when it exists already.
 */
function rootOf(doc: Y.Doc): Y.XmlText | undefined {
  if (!doc.share.has('root')) return undefined;
  try {
    return doc.get('root', Y.XmlText);
  } catch {
    return undefined; // Defined as another type: not a Lexical document.
  }
}

/** The embedded types of an XmlText, in order. */
function embeds(xml: Y.XmlText): unknown[] {
  return (xml.toDelta() as DeltaOp[]).flatMap((op) => (typeof op.insert === 'string' ? [] : [op.insert]));
}

/** The characters one embed contributes to its block's text: a line break one, an inline element its text, anything else none. */
function embedText(embed: unknown, inline: Map<Y.XmlText, { base: number; length: number }>, base: number): string {
  if (embed instanceof Y.Map) return embed.get('__type') === 'linebreak' ? '\n' : '';
  if (!(embed instanceof Y.XmlText) || blockTypeOfXml(embed) !== null) return '';
  const text = textOf(embed, inline, base);
  inline.set(embed, { base, length: text.length });
  return text;
}

/** A block's (or inline element's) text, recording where each nested inline element starts. */
function textOf(xml: Y.XmlText, inline: Map<Y.XmlText, { base: number; length: number }>, base = 0): string {
  let text = '';
  for (const op of xml.toDelta() as DeltaOp[]) {
    text += typeof op.insert === 'string' ? op.insert : embedText(op.insert, inline, base + text.length);
  }
  return text;
}

/** The offset in the type's own text of Yjs index `index` (an embed counts as one index). */
function offsetWithin(xml: Y.XmlText, index: number, placements: ReadonlyMap<unknown, Placement>): number {
  let remaining = index;
  let offset = 0;
  for (const op of xml.toDelta() as DeltaOp[]) {
    if (remaining <= 0) break;
    if (typeof op.insert === 'string') {
      const taken = Math.min(op.insert.length, remaining);
      offset += taken;
      remaining -= taken;
    } else {
      if (op.insert instanceof Y.Map) offset += op.insert.get('__type') === 'linebreak' ? 1 : 0;
      else if (op.insert instanceof Y.XmlText && blockTypeOfXml(op.insert) === null)
        offset += placements.get(op.insert)?.length ?? 0;
      remaining -= 1;
    }
  }
  return offset;
}

/** Resolves an anchor against the index: where its block or passage is now, or `found: false` when its text was removed. */
export function resolveAnchor(index: BlockIndex, anchor: AnchorLike): AnchorResolution {
  if (anchor.kind === 'block') {
    const block = index.byId(anchor.blockId);
    return block
      ? { found: true, block, start: 0, end: block.text.length, text: block.text, by: 'block' }
      : { found: false };
  }
  const start = index.locate(anchor.start);
  const end = index.locate(anchor.end);
  if ('block' in start && 'block' in end) {
    // A passage that ended up across blocks keeps its start's block, up to that block's end.
    const [from, to] =
      start.block === end.block
        ? [Math.min(start.offset, end.offset), Math.max(start.offset, end.offset)]
        : [start.offset, start.block.text.length];
    if (from < to)
      return {
        found: true,
        block: start.block,
        start: from,
        end: to,
        text: start.block.text.slice(from, to),
        by: 'positions',
      };
  }
  const near = 'block' in start ? start.block : 'block' in end ? end.block : index.byId(anchor.blockId);
  const match = findByQuote(index, anchor, near);
  return match ? { ...match, by: 'quote' } : { found: false };
}

/**
 * The occurrences of the quote whose surroundings agree with the recorded prefix and suffix
 * (a shorter surrounding is accepted only where a block begins or ends: a split), preferring
 * one in `near`, else the first in document order. No recorded context, no search.
 */
function findByQuote(
  index: BlockIndex,
  anchor: Extract<AnchorLike, { kind: 'passage' }>,
  near: IndexedBlock | undefined,
) {
  const { quote, prefix, suffix } = anchor;
  if (prefix === undefined || suffix === undefined || quote === '') return undefined;
  let first: { block: IndexedBlock; start: number } | undefined;
  for (const block of index.blocks) {
    for (let at = block.text.indexOf(quote); at !== -1; at = block.text.indexOf(quote, at + 1)) {
      const before = block.text.slice(Math.max(0, at - prefix.length), at);
      const after = block.text.slice(at + quote.length, at + quote.length + suffix.length);
      const hasContext = before.length + after.length > 0 || prefix.length + suffix.length === 0;
      if (!hasContext || !prefix.endsWith(before) || !suffix.startsWith(after)) continue;
      if (block === near) return { found: true as const, block, start: at, end: at + quote.length, text: quote };
      first ??= { block, start: at };
    }
  }
  return (
    first && {
      found: true as const,
      block: first.block,
      start: first.start,
      end: first.start + quote.length,
      text: quote,
    }
  );
}

/** Why a new passage anchor was refused. */
export type PassageProblem = 'malformed' | 'not-synced' | 'gone' | 'other-block' | 'collapsed';

/** A new passage as the document has it now: its block, its text and the context recorded with it. */
export interface PassageSnapshot {
  block: IndexedBlock;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * Checks a passage being anchored now: both positions must point into the named block and
 * enclose at least one character. Returns the passage's current text (the authoritative
 * quote) and its context, or the problem.
 */
export function snapshotPassage(
  index: BlockIndex,
  anchor: Extract<AnchorLike, { kind: 'passage' }>,
): PassageSnapshot | { problem: PassageProblem } {
  const start = index.locate(anchor.start);
  const end = index.locate(anchor.end);
  for (const located of [start, end]) if ('missing' in located) return { problem: located.missing };
  if (!('block' in start) || !('block' in end)) return { problem: 'gone' };
  if (start.block !== end.block || start.block.id !== anchor.blockId) return { problem: 'other-block' };
  const from = Math.min(start.offset, end.offset);
  const to = Math.max(start.offset, end.offset);
  if (from === to) return { problem: 'collapsed' };
  const { text } = start.block;
  return {
    block: start.block,
    start: from,
    end: to,
    quote: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
    suffix: text.slice(to, to + CONTEXT_CHARS),
  };
}
