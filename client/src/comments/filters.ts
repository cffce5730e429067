/**
 * Which threads the side panel lists, and in what order: by where they are in the document
 * (as this browser resolves them live, else as the server last said), with text-removed ones
 * last. Filters: status, "mine" (opened, replied or mentioned), paragraph number, and the
 * stakeholder group of whoever opened the thread.
 */
import type { CommentThread } from '@accord/schema';
import { openerOf } from './threads.js';

export type StatusFilter = 'open' | 'resolved' | 'all';

export interface ThreadFilters {
  status: StatusFilter;
  mine: boolean;
  paragraph: number | null;
  group: string | null;
}

export const DEFAULT_FILTERS: ThreadFilters = { status: 'open', mine: false, paragraph: null, group: null };

/** Where an anchor is in this browser's copy of the document now (see CommentAnchorsPlugin). */
export type Placement =
  | {
      found: true;
      blockId: string;
      number: number | null /** The block's position in document order. */;
      /** The number as the margin shows it: "4bis" while numbering is frozen; absent for unnumbered blocks. */
      label?: string;
      order: number;
      start: number;
      end: number;
    }
  | { found: false };

export type Placements = ReadonlyMap<string, Placement>;

/** The paragraph's label ("4", "4bis") a thread is on now, or null (unnumbered block, text removed). */
export function paragraphLabelOf(thread: CommentThread, places: Placements): string | null {
  const place = places.get(thread.id);
  if (place) return place.found && place.number !== null ? (place.label ?? String(place.number)) : null;
  const location = thread.location;
  return location?.number == null ? null : (location.label ?? String(location.number));
}

/** The paragraph number a thread is on now, or null (unnumbered block, text removed). */
export function paragraphOf(thread: CommentThread, places: Placements): number | null {
  const place = places.get(thread.id);
  if (place) return place.found ? place.number : null;
  return thread.location?.number ?? null;
}

/** Whether the thread's text is gone from the document, by the live resolution when there is one. */
export function isRemoved(thread: CommentThread, places: Placements): boolean {
  const place = places.get(thread.id);
  return place ? !place.found : thread.textRemoved;
}

/** The person opened the thread, wrote in it, or was mentioned in it. */
export function involves(thread: CommentThread, personId: string): boolean {
  return thread.comments.some((c) => c.author.id === personId || c.mentions.includes(personId));
}

export function matches(thread: CommentThread, filters: ThreadFilters, personId: string, places: Placements): boolean {
  if (filters.status !== 'all' && thread.status !== filters.status) return false;
  if (filters.mine && !involves(thread, personId)) return false;
  if (filters.paragraph !== null && paragraphOf(thread, places) !== filters.paragraph) return false;
  if (filters.group !== null && openerOf(thread)?.stakeholderGroup !== filters.group) return false;
  return true;
}

/** Document order: located threads by block and offset, then those without a place, then removed ones. */
export function inDocumentOrder(threads: readonly CommentThread[], places: Placements): CommentThread[] {
  const key = (t: CommentThread): [number, number, number] => {
    const place = places.get(t.id);
    if (place?.found) return [0, place.order, place.start];
    if (isRemoved(t, places)) return [2, 0, 0];
    return [1, t.location?.number ?? Number.MAX_SAFE_INTEGER, 0];
  };
  return threads
    .map((thread, i) => ({ thread, key: key(thread), i }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.i - b.i)
    .map((e) => e.thread);
}

/** The threads the panel shows for these filters, in document order. */
export function visibleThreads(
  threads: readonly CommentThread[],
  filters: ThreadFilters,
  personId: string,
  places: Placements,
): CommentThread[] {
  return inDocumentOrder(
    threads.filter((t) => matches(t, filters, personId, places)),
    places,
  );
}

/** How many threads each status tab would show (the other filters applied). */
export function statusCounts(
  threads: readonly CommentThread[],
  filters: ThreadFilters,
  personId: string,
  places: Placements,
): Record<StatusFilter, number> {
  const counts = { open: 0, resolved: 0, all: 0 };
  for (const t of threads) {
    if (!matches(t, { ...filters, status: 'all' }, personId, places)) continue;
    counts.all++;
    counts[t.status]++;
  }
  return counts;
}

/** Paragraph numbers that have threads, ascending (the paragraph filter's choices). */
export function paragraphChoices(threads: readonly CommentThread[], places: Placements): number[] {
  const numbers = new Set<number>();
  for (const t of threads) {
    const n = paragraphOf(t, places);
    if (n !== null) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Stakeholder groups that opened threads (the group filter's choices). */
export function groupChoices(threads: readonly CommentThread[]): string[] {
  return [...new Set(threads.map((t) => openerOf(t)?.stakeholderGroup).filter((g): g is string => !!g))].sort();
}
