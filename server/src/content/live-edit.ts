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
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
      const before = Y.encodeStateVector(copy);
      const session = openHeadlessCollabEditor(copy);
      try {
        let outcome: { value: ReturnType<typeof edit> } | { error: unknown } | undefined;
        session.editor.update(
          () => {
            try {
              outcome = { value: edit() };
            } catch (error) {
              // Thrown inside the update, an error would reach Lexical's onError; report it as is instead.
              outcome = { error };
            }
          },
          { discrete: true },
        );
        if (!outcome) throw new Error('the edit did not run');
        if ('error' in outcome) throw outcome.error;
        if (!sameVector(before, Y.encodeStateVector(copy))) await room.submitServerUpdate(Y.encodeStateAsUpdate(copy, before), origin);
        return outcome.value;
      } finally {
        session.close();
        copy.destroy();
      }
    });
}

function sameVector(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
