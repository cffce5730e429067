/**
 * The page's comments room: created once per mounted document page (the page is keyed by
 * document and person), started on mount, disposed on unmount, told about access changes.
 */
import type { Access, Person } from '@accord/schema';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { CommentsRoom, type CommentsState } from './room.js';

export interface UseCommentsRoomOptions {
  documentId: string;
  person: Pick<Person, 'id' | 'name' | 'stakeholderGroup'>;
  /** From `GET /api/documents/:id` (null while not known: nothing can be written). */
  access: Access | null;
}

/** Creates and runs the comments room for the page. */
export function useCommentsRoom({ documentId, person, access }: UseCommentsRoomOptions): CommentsRoom {
  const [room] = useState(() => new CommentsRoom({ documentId, person }));
  useEffect(() => {
    room.start();
    return () => room.dispose();
  }, [room]);
  useEffect(() => room.setAccess(access), [room, access]);
  return room;
}

/** The room's state, re-rendering on every change. */
export function useCommentsState(room: CommentsRoom): CommentsState {
  return useSyncExternalStore(room.subscribe, room.getSnapshot, room.getSnapshot);
}
