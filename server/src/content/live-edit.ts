/**
 * Edits a document's live state on the server, as Lexical content, through the collaboration
 * pipeline: the edit is made by a headless editor bound to a private copy of the room's doc
 * (never a second binding on the room's own doc: `@lexical/yjs` keeps its bookkeeping on the
 * shared types), the difference is encoded as one Yjs update and submitted to the room, which
 * stores it before applying and relaying it to every connection like a client's edit.
 *
 * Concurrent client edits merge as any two Yjs updates do; an edit inside a passage the server
 * removes in the same moment is lost with the passage, as if the two had typed in turn.
 */
import { openHeadlessCollabEditor } from '@accord/editor';
import * as Y from 'yjs';
import type { CollabServer } from '../collab/index.js';

/** An edit of the live document: runs inside `editor.update`, returns what the caller needs to know. */
export type LexicalEdit<T> = () => T;

/**
 * What `edit` returned, after its change (if any) is durable and applied to the live doc.
 * `edit` may throw to refuse (nothing is written); the error reaches the caller as thrown.
 */
export type LiveEdit = <T>(documentId: string, edit: LexicalEdit<T>, origin?: unknown) => Promise<T>;

export function liveEdit(collab: CollabServer): LiveEdit {
  return (documentId, edit, origin) =>
    collab.withRoom(documentId, async (room) => {
      const { update, value } = changeOnCopy(room.encodedState(), (copy) => runInEditor(copy, edit));
      if (update.byteLength > 0) await room.submitServerUpdate(update, origin);
      return value;
    });
}

/** Applies `change` to a private copy of `state`; returns the update it made (empty when none) and what it returned. */
export function changeOnCopy<T>(state: Uint8Array, change: (copy: Y.Doc) => T): { update: Uint8Array; value: T } {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, state);
    const before = Y.encodeStateVector(copy);
    // Yjs emits 'update' for any change, deletions included; an edit that only deletes (removing a
    // suggestion's node and text) leaves the state vector as it was, so comparing vectors misses it.
    let changed = false;
    copy.on('update', () => {
      changed = true;
    });
    const value = change(copy);
    return { update: changed ? Y.encodeStateAsUpdate(copy, before) : new Uint8Array(), value };
  } finally {
    copy.destroy();
  }
}

/** Runs `work` in one discrete update of a headless editor bound to `doc`; rethrows what it threw. */
export function runInEditor<T>(doc: Y.Doc, work: () => T): T {
  const session = openHeadlessCollabEditor(doc);
  try {
    let outcome: { value: T } | { error: unknown } | undefined;
    session.editor.update(
      () => {
        try {
          outcome = { value: work() };
        } catch (error) {
          // Thrown inside the update, an error would reach Lexical's onError; report it as is instead.
          outcome = { error };
        }
      },
      { discrete: true },
    );
    if (!outcome) throw new Error('the edit did not run');
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  } finally {
    session.close();
  }
}
