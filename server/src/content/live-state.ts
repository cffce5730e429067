/**
 * The current state of a document, for readers outside the collaboration channel (exports,
 * the content endpoint). An open document's memory holds every acknowledged update, so it
 * is read from there, as the room's cached encoding (a large document opened and only read
 * is never rebuilt); a closed one from storage. Nothing here loads a room or writes.
 */
import * as Y from 'yjs';
import type { CollabServer } from '../collab/index.js';
import type { DocumentStore } from '../storage/types.js';

export type LiveState = (documentId: string) => Promise<Uint8Array>;

export function liveState(collab: CollabServer, store: DocumentStore): LiveState {
  return async (documentId) => {
    const room = collab.room(documentId);
    if (room?.state === 'ready') return room.encodedState();
    const stored = await store.load(documentId);
    return Y.mergeUpdates([...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]);
  };
}
