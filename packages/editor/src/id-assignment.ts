import type { EditorState, ElementNode, NodeKey } from 'lexical';
import { $getNodeByKey } from 'lexical';
import { $collectBlocks, $enclosingBlock, blockTypeOf } from './blocks.js';
import { $getBlockId, $setBlockId, getBlockIdDirect } from './id-state.js';

/** What the id rules need to know about a committed editor state. */
interface StateSnapshot {
  /** Each id held by exactly one block → that block. Duplicated ids have no owner. */
  readonly owners: ReadonlyMap<string, NodeKey>;
  /** Each block that owns its id → the key of its first child (null if it was empty). */
  readonly firstChild: ReadonlyMap<NodeKey, NodeKey | null>;
  /** Every node key of the state, to tell blocks made by the current update from old ones. */
  readonly nodeKeys: ReadonlySet<NodeKey>;
}

// An update may run the root transform several times and each keystroke starts from the
// previous commit, so each committed state is summarised once.
const snapshots = new WeakMap<EditorState, StateSnapshot>();

function snapshotOf(state: EditorState): StateSnapshot {
  let snapshot = snapshots.get(state);
  if (snapshot === undefined) {
    snapshot = state.read(() => {
      const holders = new Map<string, NodeKey[]>();
      const children = new Map<NodeKey, NodeKey | null>();
      for (const block of $collectBlocks()) {
        const id = getBlockIdDirect(block);
        if (id === '') continue;
        holders.set(id, [...(holders.get(id) ?? []), block.getKey()]);
        children.set(block.getKey(), block.getFirstChild()?.getKey() ?? null);
      }
      const owners = new Map<string, NodeKey>();
      const firstChild = new Map<NodeKey, NodeKey | null>();
      for (const [id, keys] of holders) {
        if (keys.length !== 1) continue;
        const key = keys[0]!;
        owners.set(id, key);
        firstChild.set(key, children.get(key) ?? null);
      }
      return { owners, firstChild, nodeKeys: new Set(state._nodeMap.keys()) };
    });
    snapshots.set(state, snapshot);
  }
  return snapshot;
}

/**
 * Gives every tracked block of the active (pending) state a unique id, changing as few as
 * possible, with `previous` (the last committed state) as the memory of who held what.
 * Call inside an update. The rules, in order of precedence:
 *
 * 1. **The previous owner keeps its id.** A block that alone held id X before this update
 *    keeps X: a pasted or inserted block carrying X is the newcomer and loses it. Merging
 *    (Backspace at a block's start) moves the second block's content into the first, which
 *    still owns its id; the second block is gone, and so is its id.
 * 2. **An id follows its block's beginning into a new block.** If a block that owned X was
 *    replaced by a block made in this update holding its former first child (a paragraph
 *    turned into a heading, a quote into a paragraph by Backspace, paragraphs into list items),
 *    or was emptied while that first child moved into a new block right after it (Enter at
 *    the very start of a block: Lexical leaves the old block empty in front and moves the
 *    text), the new block takes X and the old one, if still there, gets a fresh id. So the
 *    text people commented on keeps its id, whatever Lexical did with the nodes around it.
 * 3. **Otherwise, first in document order keeps it.** A block carrying an id no other block
 *    claimed keeps it (a block moved by cut and paste keeps its identity); when several
 *    unowned blocks carry the same id, the first in document order keeps it. This is the only
 *    rule that applies to duplicates created by concurrent edits (two people moving the same
 *    paragraph): the relative order of two blocks never changes once both exist in Yjs, so
 *    every client picks the same keeper without talking to the others.
 * 4. Every block still without an id gets `newId()`.
 */
export function $assignBlockIds(previous: EditorState, newId: () => string): void {
  const snapshot = snapshotOf(previous);
  const blocks = $collectBlocks();
  const assigned = new Map<NodeKey, string>();
  const taken = new Set<string>();

  for (const block of blocks) {
    const id = $getBlockId(block);
    if (id !== '' && snapshot.owners.get(id) === block.getKey()) {
      assigned.set(block.getKey(), id);
      taken.add(id);
    }
  }

  for (const [id, ownerKey] of snapshot.owners) {
    const heir = $heirOf(ownerKey, snapshot);
    if (heir === null || assigned.has(heir.getKey())) continue;
    if (assigned.get(ownerKey) === id) assigned.delete(ownerKey);
    else if (taken.has(id)) continue;
    assigned.set(heir.getKey(), id);
    taken.add(id);
  }

  for (const block of blocks) {
    if (assigned.has(block.getKey())) continue;
    const id = $getBlockId(block);
    if (id !== '' && !taken.has(id)) {
      assigned.set(block.getKey(), id);
      taken.add(id);
    }
  }

  for (const block of blocks) {
    let id = assigned.get(block.getKey());
    if (id === undefined) {
      do id = newId();
      while (taken.has(id));
      taken.add(id);
    }
    if ($getBlockId(block) !== id) $setBlockId(block, id);
  }
}

/**
 * The block that inherits the id of the block `ownerKey` under rule 2, or null. The heir is
 * the block now holding the owner's former first child, made by this update, and either the
 * owner is gone or it is now empty with the heir right after it.
 */
function $heirOf(ownerKey: NodeKey, snapshot: StateSnapshot): ElementNode | null {
  const firstChildKey = snapshot.firstChild.get(ownerKey);
  if (firstChildKey == null) return null;
  const firstChild = $getNodeByKey(firstChildKey);
  if (firstChild === null || !firstChild.isAttached()) return null;
  const heir = $enclosingBlock(firstChild);
  if (heir === null || heir.getKey() === ownerKey || snapshot.nodeKeys.has(heir.getKey())) return null;
  const owner = $getNodeByKey<ElementNode>(ownerKey);
  if (owner === null || !owner.isAttached() || blockTypeOf(owner) === null) return heir;
  const emptiedInFront = owner.getChildrenSize() === 0 && owner.getNextSibling()?.is(heir) === true;
  return emptiedInFront ? heir : null;
}

/** Whether some tracked block of the active state lacks an id or shares it with another. */
export function $hasIdProblems(): boolean {
  const seen = new Set<string>();
  for (const block of $collectBlocks()) {
    const id = $getBlockId(block);
    if (id === '' || seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}
