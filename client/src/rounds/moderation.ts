/** The moderation queue's filters, pure: which comments each one shows and how many. */
import type { ModeratedComment } from '@accord/schema';

export type ModerationFilter = 'pending' | 'flagged' | 'hidden' | 'published';

export const MODERATION_FILTERS: ReadonlyArray<{ filter: ModerationFilter; label: string }> = [
  { filter: 'pending', label: 'Pending' },
  { filter: 'flagged', label: 'Flagged' },
  { filter: 'hidden', label: 'Hidden' },
  { filter: 'published', label: 'Published' },
];

type Moderated = Pick<ModeratedComment, 'status' | 'flagged'>;

/** Flagged is a mark on any status, so a flagged comment shows under Flagged and under its status. */
export const matches = (comment: Moderated, filter: ModerationFilter): boolean =>
  filter === 'flagged' ? comment.flagged : comment.status === filter;

export const filterQueue = <T extends Moderated>(comments: readonly T[], filter: ModerationFilter): T[] =>
  comments.filter((c) => matches(c, filter));

export function filterCounts(comments: readonly Moderated[]): Record<ModerationFilter, number> {
  const counts: Record<ModerationFilter, number> = { pending: 0, flagged: 0, hidden: 0, published: 0 };
  for (const c of comments) for (const { filter } of MODERATION_FILTERS) if (matches(c, filter)) counts[filter] += 1;
  return counts;
}

/** Put one answered comment in place of the old, keeping the queue's order. */
export const replaceComment = <T extends { id: string }>(comments: readonly T[], next: T): T[] =>
  comments.map((c) => (c.id === next.id ? next : c));

/** The status as a coordinator reads it: "Pending", "Hidden: spam", "Published, flagged". */
export function statusText(comment: Pick<ModeratedComment, 'status' | 'flagged' | 'hiddenReason'>): string {
  const base =
    comment.status === 'pending'
      ? 'Pending'
      : comment.status === 'hidden'
        ? `Hidden${comment.hiddenReason ? `: ${comment.hiddenReason}` : ''}`
        : 'Published';
  return comment.flagged ? `${base}, flagged` : base;
}
