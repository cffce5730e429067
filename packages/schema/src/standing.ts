/**
 * How a paragraph stands, in words a chair reads: shared by the browser (panel, dashboard,
 * register page) and the server's register exports, so both say the same thing.
 */
import type { GroupAggregate } from './consensus.js';

/** What the consensus score means, for the one click behind the words. */
export const SCORE_MEANING =
  'The consensus score runs from 0 to 1: it rises as support comes from more stakeholder groups and falls sharply when any group opposes; a group that has not responded counts as undecided, and support with reservation counts as support. Compare paragraphs of one document rather than reading the number alone.';

/** How a paragraph stands across stakeholder groups: a headline and the counts behind it. */
export interface Standing {
  /** "Broad support", "Divided", "Opposed", … */
  words: string;
  /** "2 groups in favour, 1 against, with reservations". */
  detail: string;
  tone: 'none' | 'support' | 'divided' | 'opposed';
}

const groups = (n: number) => (n === 1 ? '1 group' : `${n} groups`);

/**
 * The consensus score in words a chair reads at a glance: which way each responding group
 * leans (more in favour than against, the reverse, or evenly split), not a number to decode.
 */
export function standing(aggregates: readonly GroupAggregate[]): Standing {
  const responding = aggregates.filter((g) => g.respondents > 0);
  if (responding.length === 0) return { words: 'No positions yet', detail: 'no group has responded', tone: 'none' };
  const lean = (g: GroupAggregate) => Math.sign(g.support + g.supportWithReservation - g.oppose);
  const favour = responding.filter((g) => lean(g) > 0).length;
  const against = responding.filter((g) => lean(g) < 0).length;
  const split = responding.length - favour - against;
  const parts = [
    favour > 0 ? `${groups(favour)} in favour` : '',
    against > 0 ? `${groups(against)} against` : '',
    split > 0 ? `${groups(split)} evenly split` : '',
  ].filter(Boolean);
  if (responding.some((g) => g.supportWithReservation > 0)) parts.push('with reservations');
  const detail = parts.join(', ');
  if (against === 0 && split === 0)
    return { words: favour > 1 ? 'Broad support' : 'Support from one group', detail, tone: 'support' };
  if (favour === 0 && split === 0) return { words: 'Opposed', detail, tone: 'opposed' };
  return { words: 'Divided', detail, tone: 'divided' };
}

/** "Mei Tanaka (Technical community)": a person and the group they come from, not one they speak for. */
export const byline = (person: { name: string }, group: string) => `${person.name} (${group})`;
