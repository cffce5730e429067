/**
 * Who is in the document, from the provider's awareness states. CollaborationPlugin publishes
 * `{ name, color, focusing, anchorPos, focusPos }` for each person; we read the same states
 * to list them. Remote states vanish when they leave or when our own socket drops.
 */
import { useEffect, useState } from 'react';
import type { CollabSession } from './session.js';

export interface Participant {
  clientId: number;
  name: string;
  color: string;
  /** Their editor has focus (they are typing or have a caret somewhere). */
  active: boolean;
  self: boolean;
}

function sameList(a: Participant[], b: Participant[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return (
        p.clientId === q.clientId &&
        p.name === q.name &&
        p.color === q.color &&
        p.active === q.active &&
        p.self === q.self
      );
    })
  );
}

function readParticipants(session: CollabSession): Participant[] {
  const provider = session.provider;
  if (!provider) return [];
  const self = provider.awareness.clientID;
  const list: Participant[] = [];
  provider.awareness.getStates().forEach((state, clientId) => {
    const name = typeof state['name'] === 'string' ? (state['name'] as string) : '';
    if (!name) return;
    const color = typeof state['color'] === 'string' ? (state['color'] as string) : '#64748b';
    list.push({ clientId, name, color, active: state['focusing'] === true, self: clientId === self });
  });
  // Me first, then everyone else in a stable order so avatars do not jump around.
  return list.sort(
    (a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

export function usePresence(session: CollabSession, ready: boolean): Participant[] {
  const [participants, setParticipants] = useState<Participant[]>([]);
  useEffect(() => {
    const provider = session.provider;
    if (!ready || !provider) return;
    const refresh = () =>
      setParticipants((prev) => {
        const next = readParticipants(session);
        return sameList(prev, next) ? prev : next;
      });
    refresh();
    // 'change' fires only when a state's content changed, not on the 15 s keep-alive renewals.
    provider.awareness.on('change', refresh);
    return () => provider.awareness.off('change', refresh);
  }, [session, ready]);
  return participants;
}
