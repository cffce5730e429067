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

/** Which way the responding groups lean: in favour, against, evenly split; and whether any reserved. */
export interface Leaning {
  favour: number;
  against: number;
  split: number;
  reservations: boolean;
  tone: Standing['tone'];
}

/**
 * How the responding groups lean (more in favour than against, the reverse, or evenly split):
 * the reading behind {@link standing}, for a reader who words it in another language.
 */
export function leaning(aggregates: readonly GroupAggregate[]): Leaning {
  const responding = aggregates.filter((g) => g.respondents > 0);
  const lean = (g: GroupAggregate) => Math.sign(g.support + g.supportWithReservation - g.oppose);
  const favour = responding.filter((g) => lean(g) > 0).length;
  const against = responding.filter((g) => lean(g) < 0).length;
  const split = responding.length - favour - against;
  const reservations = responding.some((g) => g.supportWithReservation > 0);
  const tone =
    responding.length === 0
      ? 'none'
      : against === 0 && split === 0
        ? 'support'
        : favour === 0 && split === 0
          ? 'opposed'
          : 'divided';
  return { favour, against, split, reservations, tone };
}

/**
 * The consensus score in words a chair reads at a glance: which way each responding group
 * leans (more in favour than against, the reverse, or evenly split), not a number to decode.
 */
export function standing(aggregates: readonly GroupAggregate[]): Standing {
  const { favour, against, split, reservations, tone } = leaning(aggregates);
  if (tone === 'none') return { words: 'No positions yet', detail: 'no group has responded', tone: 'none' };
  const parts = [
    favour > 0 ? `${groups(favour)} in favour` : '',
    against > 0 ? `${groups(against)} against` : '',
    split > 0 ? `${groups(split)} evenly split` : '',
  ].filter(Boolean);
  if (reservations) parts.push('with reservations');
  const detail = parts.join(', ');
  if (tone === 'support') return { words: favour > 1 ? 'Broad support' : 'Support from one group', detail, tone };
  return { words: tone === 'opposed' ? 'Opposed' : 'Divided', detail, tone };
}

/** "Mei Tanaka (Technical community)": a person and the group they come from, not one they speak for. */
export const byline = (person: { name: string }, group: string) => `${person.name} (${group})`;
