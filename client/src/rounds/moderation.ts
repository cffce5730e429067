/** The moderation queue's filters, pure: which comments each one shows and how many. */
import type { MessageKey } from '@accord/i18n';
import type { ModeratedComment } from '@accord/schema';
import type { T as Translate } from '../i18n/useT.js';

export type ModerationFilter = 'pending' | 'flagged' | 'hidden' | 'published';

/** The filters in the order shown; each label is a message with the filter's `{count}`. */
export const MODERATION_FILTERS: ReadonlyArray<{ filter: ModerationFilter; label: MessageKey }> = [
  { filter: 'pending', label: 'rounds.moderation.filter.pending' },
  { filter: 'flagged', label: 'rounds.moderation.filter.flagged' },
  { filter: 'hidden', label: 'rounds.moderation.filter.hidden' },
  { filter: 'published', label: 'rounds.moderation.filter.published' },
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

/**
 * The status as a coordinator reads it: "Pending", "Published, flagged". The reason for hiding
 * is the coordinator's own text, shown apart.
 */
export const statusText = (comment: Pick<ModeratedComment, 'status' | 'flagged'>, t: Translate): string =>
  t('rounds.moderation.status', { status: comment.status, flagged: comment.flagged ? 'yes' : 'no' });
