/**
 * What the margin beside the paper shows, per paragraph: open threads (and the active one even
 * when resolved), threads not sent yet, the draft — or, when a paragraph has more threads than
 * fit calmly, one "N comments" stack that opens on request. And the count badge per paragraph.
 */
import type { CommentThread } from '@accord/schema';
import type { Placement, Placements } from './filters.js';
import type { OutboxEntry } from './outbox.js';

export type MarginEntry =
  | { kind: 'thread'; id: string; blockId: string; thread: CommentThread }
  | { kind: 'pending'; id: string; blockId: string; entry: OutboxEntry }
  | { kind: 'draft'; id: string; blockId: string }
  | { kind: 'stack'; id: string; blockId: string; threadIds: string[] };

export interface MarginInput {
  threads: readonly CommentThread[];
  outbox: readonly OutboxEntry[];
  hasDraft: boolean;
  places: Placements;
  activeId: string | null;
}

/** More threads than this on one paragraph collapse into a stack. */
export const MAX_CARDS_PER_BLOCK = 2;

const found = (place: Placement | undefined): place is Extract<Placement, { found: true }> => place?.found === true;

export function marginEntries(input: MarginInput, openStacks: ReadonlySet<string>, draftKey = 'draft'): MarginEntry[] {
  const byBlock = new Map<string, Array<{ entry: MarginEntry; start: number; order: number }>>();
  const add = (entry: MarginEntry, place: Extract<Placement, { found: true }>) => {
    const list = byBlock.get(place.blockId) ?? [];
    list.push({ entry, start: place.start, order: place.order });
    byBlock.set(place.blockId, list);
  };
  for (const thread of input.threads) {
    const place = input.places.get(thread.id);
    if (!found(place) || (thread.status !== 'open' && thread.id !== input.activeId)) continue;
    add({ kind: 'thread', id: thread.id, blockId: place.blockId, thread }, place);
  }
  for (const entry of input.outbox) {
    const place = input.places.get(entry.id);
    if (entry.target.kind === 'thread' && found(place))
      add({ kind: 'pending', id: entry.id, blockId: place.blockId, entry }, place);
  }
  const draftPlace = input.places.get(draftKey);
  if (input.hasDraft && found(draftPlace))
    add({ kind: 'draft', id: draftKey, blockId: draftPlace.blockId }, draftPlace);

  const groups = [...byBlock.entries()].sort((a, b) => a[1][0]!.order - b[1][0]!.order);
  const out: MarginEntry[] = [];
  for (const [blockId, list] of groups) {
    list.sort((a, b) => a.start - b.start);
    const threads = list.filter((e) => e.entry.kind === 'thread');
    const busy = list.some((e) => e.entry.kind !== 'thread' || e.entry.id === input.activeId);
    if (threads.length > MAX_CARDS_PER_BLOCK && !busy && !openStacks.has(blockId)) {
      out.push({ kind: 'stack', id: `stack:${blockId}`, blockId, threadIds: threads.map((e) => e.entry.id) });
    } else {
      out.push(...list.map((e) => e.entry));
    }
  }
  return out;
}

/** Open threads per paragraph (block id → count and the first thread), for the count badges. */
export function badgeCounts(
  threads: readonly CommentThread[],
  places: Placements,
): Map<string, { count: number; number: number | null; first: string }> {
  const badges = new Map<string, { count: number; number: number | null; first: string; start: number }>();
  for (const thread of threads) {
    const place = places.get(thread.id);
    if (thread.status !== 'open' || !found(place)) continue;
    const badge = badges.get(place.blockId);
    if (!badge) badges.set(place.blockId, { count: 1, number: place.number, first: thread.id, start: place.start });
    else {
      badge.count++;
      if (place.start < badge.start) Object.assign(badge, { first: thread.id, start: place.start });
    }
  }
  return new Map([...badges].map(([id, { count, number, first }]) => [id, { count, number, first }]));
}
