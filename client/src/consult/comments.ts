/** Published comments arranged as the page shows them, and how their authors are named. */
import type { PublicComment, Reaction, ReactionCounts } from '@accord/schema';
import type { T } from '../i18n/useT.js';
import { groupName } from '../people/groups.js';
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

/**
 * How a comment's author is shown, part by part: as the API gives it, so a participant who
 * chose to show only their group appears as the group's name, with no name or country.
 */
export function authorParts(author: PublicComment['author'], t: T, locale: string): string[] {
  const country = author.country ? countryName(author.country, locale) : '';
  return [author.name ?? '', groupName(author.stakeholderGroup, t), country].filter(Boolean);
}

/** The author as one line of text: "Amina Diallo · Civil society · Kenya". */
export const authorLabel = (author: PublicComment['author'], t: T, locale: string): string =>
  authorParts(author, t, locale).join(' · ');

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
