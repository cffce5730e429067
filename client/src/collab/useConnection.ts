/** The connection status of a session, as React state. */
import { useSyncExternalStore } from 'react';
import type { CollabSession, ConnectionSnapshot } from './session.js';

export function useConnection(session: CollabSession): ConnectionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
}
