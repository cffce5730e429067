/**
 * The text of a language version as Lexical content with the original's block ids: the first
 * content of a new version (the original's blocks, their text copied or emptied), and the edit
 * that brings a version's blocks back in line with the original's (paragraphs added to the
 * original since, in their place; paragraphs the original no longer has, removed).
 *
 * Copied text is the original's base text: pending suggestions are the original's own
 * proposals, so insertions are left out and text proposed for deletion stays as plain text.
 */
import { $collectBlocks, $getBlockId, $getSuggestionKind, $isSuggestionNode, blockTypeOf } from '@accord/editor';
import { $isListNode } from '@lexical/list';
import {
  $getRoot,
  $isElementNode,
  $parseSerializedNode,
  type ElementNode,
  type LexicalNode,
  type SerializedElementNode,
  type SerializedLexicalNode,
} from 'lexical';
import * as Y from 'yjs';
import { blocksOfState } from '../content/live-reset.js';
import { runInEditor } from '../content/live-edit.js';

/** Where a version's paragraphs start: the original's text (to translate over) or empty. */
export type Start = 'original' | 'empty';

/** The first content of a language version of `originalState`: the original's blocks under their ids, as one Yjs update. */
export function versionState(originalState: Uint8Array, start: Start): Uint8Array {
  const blocks = blocksOfState(originalState);
  const doc = new Y.Doc();
  try {
    runInEditor(doc, () => {
      for (const json of blocks) $getRoot().append($prepared(json, start));
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** What a sync changed, by block id. */
export interface Synced {
  added: string[];
  removed: string[];
}

/**
 * Inside an edit of the version (`liveEdit`): removes the blocks whose id the original no longer
 * has, then adds each block of the original the version lacks after the block that precedes it
 * in the original (at the start of its list or of the document when none does).
 */
export function $syncWithOriginal(original: readonly SerializedLexicalNode[], start: Start): Synced {
  const wanted = new Set<string>();
  const collect = (json: SerializedLexicalNode): void => {
    const id = pidOf(json);
    if (id) wanted.add(id);
    for (const child of childrenOf(json)) collect(child);
  };
  original.forEach(collect);

  const removed: string[] = [];
  for (const block of $collectBlocks()) {
    if (!block.isAttached()) continue; // inside a list removed just before
    const id = $getBlockId(block);
    if (id === '' || wanted.has(id) || holdsAny(block, wanted)) continue;
    removed.push(id);
    const list = block.getParent();
    block.remove();
    if (list && $isListNode(list) && list.getChildrenSize() === 0) list.remove();
  }

  const byId = new Map<string, ElementNode>();
  for (const block of $collectBlocks()) {
    const id = $getBlockId(block);
    if (id !== '' && !byId.has(id)) byId.set(id, block);
  }
  const added: string[] = [];
  $addMissing(original, $getRoot(), byId, start, added);
  return { added, removed };
}

/** Adds the blocks among `originals` (children of one parent in the original) that the version lacks, under `parent`. */
function $addMissing(
  originals: readonly SerializedLexicalNode[],
  parent: ElementNode,
  byId: ReadonlyMap<string, ElementNode>,
  start: Start,
  added: string[],
): void {
  let previous: LexicalNode | null = null;
  for (const json of originals) {
    const id = pidOf(json);
    if (!id || !isBlockJson(json)) continue;
    const existing = byId.get(id);
    if (existing) {
      const nested = childrenOf(json).filter(isBlockJson);
      if (nested.length > 0) $addMissing(nested, existing, byId, start, added);
      if (existing.getParent()?.is(parent)) previous = existing;
      continue;
    }
    const node = $prepared(json, start);
    if (previous) previous.insertAfter(node);
    else {
      const first = firstBlockChild(parent);
      if (first) first.insertBefore(node);
      else parent.append(node);
    }
    previous = node;
    added.push(...idsIn(node));
  }
}

/** The original's top-level blocks as JSON, for {@link $syncWithOriginal}. */
export function originalBlocks(originalState: Uint8Array): SerializedLexicalNode[] {
  return blocksOfState(originalState);
}

/** A node made from the original's JSON: its text kept without pending suggestions, or emptied. */
function $prepared(json: SerializedLexicalNode, start: Start): LexicalNode {
  const node = $parseSerializedNode(json);
  if ($isElementNode(node)) {
    if (start === 'empty') $empty(node);
    else $dropSuggestions(node);
  }
  return node;
}

/** Empties every block in `node` of its text, keeping the blocks (list items, nested lists) and their ids. */
function $empty(node: ElementNode): void {
  for (const child of node.getChildren()) {
    if ($isElementNode(child) && blockTypeOf(child) !== null) $empty(child);
    else if (blockTypeOf(node) !== 'list') child.remove();
  }
}

/** Leaves out pending insertions and keeps text proposed for deletion as plain text. */
function $dropSuggestions(node: ElementNode): void {
  for (const child of node.getChildren()) {
    if (!$isElementNode(child)) continue;
    if ($isSuggestionNode(child)) {
      if ($getSuggestionKind(child) === 'delete') for (const inner of child.getChildren()) child.insertBefore(inner);
      child.remove();
    } else $dropSuggestions(child);
  }
}

function pidOf(json: SerializedLexicalNode): string | undefined {
  const state = (json as { $?: Record<string, unknown> }).$;
  const pid = state?.pid;
  return typeof pid === 'string' && pid !== '' ? pid : undefined;
}

function childrenOf(json: SerializedLexicalNode): SerializedLexicalNode[] {
  return (json as Partial<SerializedElementNode>).children ?? [];
}

const BLOCK_JSON_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem']);
const isBlockJson = (json: SerializedLexicalNode): boolean => BLOCK_JSON_TYPES.has(json.type);

function holdsAny(node: ElementNode, ids: ReadonlySet<string>): boolean {
  return node
    .getChildren()
    .some((child) => $isElementNode(child) && (ids.has($getBlockId(child)) || holdsAny(child, ids)));
}

function firstBlockChild(parent: ElementNode): LexicalNode | null {
  return parent.getChildren().find((child) => blockTypeOf(child) !== null) ?? parent.getFirstChild();
}

function idsIn(node: LexicalNode): string[] {
  const ids: string[] = [];
  const visit = (n: LexicalNode): void => {
    if (!$isElementNode(n)) return;
    if (blockTypeOf(n) !== null && $getBlockId(n) !== '') ids.push($getBlockId(n));
    n.getChildren().forEach(visit);
  };
  visit(node);
  return ids;
}
