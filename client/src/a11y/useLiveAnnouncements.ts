/**
 * What the open document tells a screen reader of its own accord (politely, through
 * {@link announcer}): each comment others post, with its author and paragraph, and people
 * joining and leaving. What was there when the page opened is not news, nor is what comes back
 * when this browser reconnects; the announcer rate-limits the rest.
 */
import type { CommentThread } from '@accord/schema';
import { useEffect, useRef } from 'react';
import type { Participant } from '../collab/usePresence.js';
import type { CommentsRoom } from '../comments/room.js';
import { type AnnouncedEvent, announcer } from './announcer.js';

/** After (re)connecting, presence arriving this long is who was already there, not who joined (ms). */
const SETTLE_MS = 2500;

/** The paragraph's number (or frozen label) as the page shows it in the margin; null for an unnumbered block. */
function paragraphLabel(blockId: string): string | null {
  return (
    document.querySelector(`.doc-content [data-block-id="${CSS.escape(blockId)}"]`)?.getAttribute('data-number') ?? null
  );
}

/** Comments in `after` that `before` did not have, by someone other than `personId`, still there. */
export function newCommentsOfOthers(
  before: readonly CommentThread[],
  after: readonly CommentThread[],
  personId: string,
): Array<{ name: string; blockId: string; reply: boolean }> {
  const known = new Set(before.flatMap((t) => t.comments.map((c) => c.id)));
  const fresh: Array<{ name: string; blockId: string; reply: boolean }> = [];
  for (const thread of after)
    thread.comments.forEach((c, i) => {
      if (!known.has(c.id) && c.author.id !== personId && c.deletedAt === null)
        fresh.push({ name: c.author.name, blockId: thread.anchor.blockId, reply: i > 0 });
    });
  return fresh;
}

/** Announces comments others post in `room` once its first list has loaded. */
export function useAnnounceComments(room: CommentsRoom): void {
  useEffect(() => {
    let previous = room.getSnapshot();
    const unsubscribe = room.subscribe(() => {
      const next = room.getSnapshot();
      if (next.threads !== previous.threads && previous.loaded) {
        for (const c of newCommentsOfOthers(previous.threads, next.threads, room.person.id))
          announcer.announce({ kind: 'comment', name: c.name, paragraph: paragraphLabel(c.blockId), reply: c.reply });
      }
      previous = next;
    });
    return () => {
      unsubscribe();
      announcer.reset();
    };
  }, [room]);
}

/** Who joined and left between two lists of names (a person with two tabs open counts once). */
export function presenceChanges(before: ReadonlySet<string>, after: ReadonlySet<string>): AnnouncedEvent[] {
  const events: AnnouncedEvent[] = [];
  for (const name of after) if (!before.has(name)) events.push({ kind: 'joined', name });
  for (const name of before) if (!after.has(name)) events.push({ kind: 'left', name });
  return events;
}

/** Announces others joining and leaving while this page is connected. */
export function useAnnouncePresence(participants: readonly Participant[], connected: boolean): void {
  const known = useRef<ReadonlySet<string> | null>(null);
  const settledAt = useRef(0);
  const me = participants.find((p) => p.self)?.name;
  const names = new Set(participants.filter((p) => !p.self && p.name !== me).map((p) => p.name));
  const key = [...names].sort().join('\u0000');

  useEffect(() => {
    if (!connected) {
      // Our own socket dropped: everyone "leaves" and "comes back" with it; that is not news.
      known.current = null;
      return;
    }
    if (known.current === null) settledAt.current = Date.now() + SETTLE_MS;
    const now = new Set(key ? key.split('\u0000') : []);
    if (known.current !== null && Date.now() >= settledAt.current)
      for (const event of presenceChanges(known.current, now)) announcer.announce(event);
    known.current = now;
  }, [key, connected]);
}
