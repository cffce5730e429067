/** Published comments arranged as the page shows them, and how their authors are named. */
import { defaultStakeholderGroups, type PublicComment, type Reaction, type ReactionCounts } from '@accord/schema';
import { countryName } from './countries.js';

export interface GroupedComments {
  /** Comments on the document as a whole. */
  general: PublicComment[];
  /** Comments on a paragraph or a passage in it, by the paragraph's block id. */
  byBlock: Map<string, PublicComment[]>;
}

/** Groups comments by paragraph, keeping the server's order (oldest first) within each. */
export function groupComments(comments: readonly PublicComment[]): GroupedComments {
  const grouped: GroupedComments = { general: [], byBlock: new Map() };
  for (const comment of comments) {
    if (comment.anchor.kind === 'general') {
      grouped.general.push(comment);
      continue;
    }
    const list = grouped.byBlock.get(comment.anchor.blockId);
    if (list) list.push(comment);
    else grouped.byBlock.set(comment.anchor.blockId, [comment]);
  }
  return grouped;
}

/** A stakeholder group's name from its id; an unknown id (a group added by the workspace) as it is. */
export function groupName(id: string): string {
  return defaultStakeholderGroups.find((g) => g.id === id)?.name ?? id;
}

/**
 * How a comment's author is shown: as the API gives it, so a participant who chose to show
 * only their group appears as the group's name, with no name or country.
 */
export function authorLabel(author: PublicComment['author'], locale?: string): string {
  const country = author.country ? countryName(author.country, locale) : '';
  return [author.name, groupName(author.stakeholderGroup), country].filter(Boolean).join(' · ');
}

export type { Reaction, ReactionCounts };

/** The counts after a participant whose reaction was `previous` chooses `next` (one per paragraph, the last counts; null withdraws). */
export function applyReaction(
  counts: ReactionCounts | undefined,
  previous: Reaction | undefined,
  next: Reaction | null,
): ReactionCounts {
  const updated = { agree: counts?.agree ?? 0, disagree: counts?.disagree ?? 0 };
  if (previous === next) return updated;
  if (previous) updated[previous] = Math.max(0, updated[previous] - 1);
  if (next) updated[next] += 1;
  return updated;
}
