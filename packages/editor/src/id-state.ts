import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import { ID_ALPHABET, ID_RANDOM_CHARS, isNodeId, randomNodeId } from './node-ids.js';

/** Whether `value` has the shape of a block id (URL-safe, 1–64 characters). */
export function isValidBlockId(value: unknown): value is string {
  return isNodeId(value);
}

/**
 * The NodeState slot holding a block's permanent id. `@lexical/yjs` stores NodeState in a
 * `Y.Map` under the element's `__state` attribute, so the id syncs like any other edit. A value
 * that is not a valid id (a peer's bug, a hand-made update) parses as `''`, "no id", and the
 * repair in `registerParagraphIds` replaces it. `resetOnCopyNode` drops the id from nodes
 * Lexical copies to split a block (e.g. a new list item on Enter): a copy is a new block.
 */
export const blockIdState = createState('pid', {
  parse: (value: unknown): string => (isValidBlockId(value) ? value : ''),
  resetOnCopyNode: true,
});

/** The block's stable id, or `''` if it has none (yet). Reads the latest version of the node. */
export function $getBlockId(node: LexicalNode): string {
  return $getState(node, blockIdState);
}

/** Reads the id of exactly this node version, e.g. a node of a previous editor state. */
export function getBlockIdDirect(node: LexicalNode): string {
  return $getState(node, blockIdState, 'direct');
}

/** Sets a block's id. Only the id machinery should call this. */
export function $setBlockId(node: LexicalNode, id: string): void {
  $setState(node, blockIdState, id);
}

/**
 * A new random block id: `p` followed by 12 URL-safe characters (72 random bits), so two
 * clients creating blocks at the same moment never pick the same id in practice (a collision
 * needs about 2^36 ids in one document). Uses Web Crypto (`globalThis.crypto`), present in
 * browsers and Node 20. The leading letter keeps ids valid as HTML ids and CSS identifiers.
 */
export function newParagraphId(): string {
  return randomNodeId('p');
}

/**
 * A deterministic id source for content that must be byte-for-byte reproducible (a seed made
 * under a fixed Yjs client id): the same `seed` yields the same sequence of ids. Ids from
 * different seeds differ with high probability; never use it for live editing.
 */
export function seededParagraphIds(seed: string): () => string {
  let state = hashString(seed);
  const next = (): number => {
    // mulberry32: tiny, well-distributed, and the same in every JavaScript engine.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => {
    let id = 'p';
    for (let i = 0; i < ID_RANDOM_CHARS; i++) id += ID_ALPHABET[next() & 63];
    return id;
  };
}

function hashString(text: string): number {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
