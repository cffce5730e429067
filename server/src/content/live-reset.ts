/**
 * Replaces a document's live content with other content (a saved version's), through the
 * collaboration pipeline: the change is made on a private copy of the room's doc, encoded as one
 * Yjs update and submitted to the room, which stores it before every connection sees it, like any
 * edit (see `live-edit.ts`).
 *
 * Top-level blocks whose content is already the target's are kept as they are in Yjs, so passage
 * comments in them keep their exact positions; every other block is replaced by the target's,
 * which carries its block id, so comments and consensus records keyed by block stay attached.
 * A document whose live state the editor cannot load at all (the reason to reset it) is emptied
 * at the Yjs level and rebuilt instead.
 */
import { $isUnsupportedNode, openHeadlessCollabEditor, readableCopy } from '@accord/editor';
import {
  $getRoot,
  $isElementNode,
  $parseSerializedNode,
  type LexicalNode,
  type SerializedElementNode,
  type SerializedLexicalNode,
} from 'lexical';
import * as Y from 'yjs';
import type { CollabServer } from '../collab/index.js';
import { changeOnCopy, runInEditor } from './live-edit.js';

/** What a reset changed: top-level blocks kept as they were, and blocks written anew. */
export interface ResetOutcome {
  kept: number;
  written: number;
  removed: number;
  /** The live state could not be loaded by the editor: it was emptied and rebuilt. */
  rebuilt: boolean;
}

export type LiveReset = (
  documentId: string,
  blocks: readonly SerializedLexicalNode[],
  origin?: unknown,
) => Promise<ResetOutcome>;

/** A node and its descendants as JSON; placeholders of unknown types are left out (their known children kept). */
function $exportDeep(node: LexicalNode): SerializedLexicalNode[] {
  if ($isUnsupportedNode(node)) {
    // Only an inline element's children can stand in its place; a block or leaf of an unknown type goes.
    return $isElementNode(node) && node.isInline() ? node.getChildren().flatMap($exportDeep) : [];
  }
  const json = node.exportJSON();
  if ($isElementNode(node)) (json as SerializedElementNode).children = node.getChildren().flatMap($exportDeep);
  return [json];
}

/** The top-level blocks of a stored state (a version's) as Lexical JSON, without unknown node types. */
export function blocksOfState(state: Uint8Array): SerializedLexicalNode[] {
  const doc = readableCopy(state);
  const session = openHeadlessCollabEditor(doc);
  try {
    return session.editor.read(() => $getRoot().getChildren().flatMap($exportDeep));
  } finally {
    session.close();
    doc.destroy();
  }
}

export function liveReset(collab: CollabServer): LiveReset {
  return (documentId, blocks, origin) =>
    collab.withRoom(documentId, async (room) => {
      const state = room.encodedState();
      let result: { update: Uint8Array; outcome: ResetOutcome };
      try {
        result = merge(state, blocks);
      } catch {
        result = rebuild(state, blocks);
      }
      if (result.update.byteLength > 0) await room.submitServerUpdate(result.update, origin);
      return result.outcome;
    });
}

/** Keeps the live blocks that already are a target block (in order), replaces the rest. */
function merge(
  state: Uint8Array,
  blocks: readonly SerializedLexicalNode[],
): { update: Uint8Array; outcome: ResetOutcome } {
  const { update, value } = changeOnCopy(state, (copy) =>
    runInEditor(copy, () => {
      const root = $getRoot();
      const live = root.getChildren();
      const liveJson = live.map((node) => JSON.stringify($exportDeep(node)));
      const kept = new Set<LexicalNode>();
      const plan: LexicalNode[] = [];
      let cursor = 0;
      for (const block of blocks) {
        const wanted = JSON.stringify([block]);
        const found = liveJson.indexOf(wanted, cursor);
        // `$exportDeep` leaves placeholders out: a block holding one never counts as the same.
        if (found !== -1 && !containsPlaceholder(live[found]!)) {
          kept.add(live[found]!);
          plan.push(live[found]!);
          cursor = found + 1;
        } else {
          plan.push($parseSerializedNode(block));
        }
      }
      for (const node of live) if (!kept.has(node)) node.remove();
      let previous: LexicalNode | null = null;
      for (const node of plan) {
        if (!kept.has(node)) {
          if (previous) previous.insertAfter(node);
          else {
            const first = root.getFirstChild();
            if (first) first.insertBefore(node);
            else root.append(node);
          }
        }
        previous = node;
      }
      return { kept: kept.size, written: plan.length - kept.size, removed: live.length - kept.size, rebuilt: false };
    }),
  );
  return { update, outcome: value };
}

function containsPlaceholder(node: LexicalNode): boolean {
  if ($isUnsupportedNode(node)) return true;
  return $isElementNode(node) && node.getChildren().some(containsPlaceholder);
}

/** Empties the root in Yjs (nothing of the old content needs loading), then writes the target. */
function rebuild(
  state: Uint8Array,
  blocks: readonly SerializedLexicalNode[],
): { update: Uint8Array; outcome: ResetOutcome } {
  const { update, value } = changeOnCopy(state, (copy) => {
    const root = copy.get('root', Y.XmlText);
    const removed = (root.toDelta() as Array<{ insert?: unknown }>).filter(
      (op) => typeof op.insert !== 'string',
    ).length;
    root.delete(0, root.length);
    runInEditor(copy, () => {
      for (const block of blocks) $getRoot().append($parseSerializedNode(block));
    });
    return { kept: 0, written: blocks.length, removed, rebuilt: true };
  });
  return { update, outcome: value };
}
