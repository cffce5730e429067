/**
 * The document's threads as this page knows them: the list fetched after the live channel
 * opened, then every live event's whole thread replacing its copy by id. Pure functions over
 * arrays, so the rules are tested without a server.
 */
import type { CommentThread } from '@accord/schema';

/** A thread whose every comment was deleted leaves lists (its record stays on the server). */
export const isGone = (thread: CommentThread): boolean => thread.comments.every((c) => c.deletedAt !== null);

/** The fetched list as the page keeps it: listed threads only, in the order they were opened. */
export function fromList(threads: readonly CommentThread[]): CommentThread[] {
  return threads.filter((t) => !isGone(t)).sort(byCreation);
}

const byCreation = (a: CommentThread, b: CommentThread) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * A thread's state after `incoming` (a live event or a write's answer). Comments are never
 * removed from a thread (a deletion leaves a tombstone), so a copy with fewer comments than the
 * one held is an older answer that arrived late and is ignored.
 */
export function upsertThread(threads: readonly CommentThread[], incoming: CommentThread): readonly CommentThread[] {
  const at = threads.findIndex((t) => t.id === incoming.id);
  if (at === -1) return isGone(incoming) ? threads : [...threads, incoming].sort(byCreation);
  const current = threads[at]!;
  if (incoming.comments.length < current.comments.length) return threads;
  if (isGone(incoming)) return threads.filter((t) => t.id !== incoming.id);
  const next = threads.slice();
  next[at] = incoming;
  return next;
}

/** How many comments by others `after` holds that `before` did not (for the screen-reader announcement). */
export function newCommentsByOthers(
  before: readonly CommentThread[],
  after: readonly CommentThread[],
  personId: string,
): number {
  const known = new Set(before.flatMap((t) => t.comments.map((c) => c.id)));
  let count = 0;
  for (const thread of after)
    for (const c of thread.comments) if (!known.has(c.id) && c.author.id !== personId && c.deletedAt === null) count++;
  return count;
}

/** The person who opened the thread (the first comment's author). */
export const openerOf = (thread: CommentThread) => thread.comments[0]?.author ?? null;
