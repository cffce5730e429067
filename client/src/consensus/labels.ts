/**
 * How statuses and positions are named and drawn. Every status has a letter and a shape as
 * well as a colour, so the markers, strip and legend read without colour vision.
 */
import type { GroupAggregate, ParagraphStatus, PositionKind } from '@accord/schema';

export interface StatusLook {
  label: string;
  /** One letter drawn in the marker. */
  letter: string;
  /** Fill colour (marker, strip, trend). */
  color: string;
  /** Text colour on that fill. */
  ink: string;
  /** Marker shape, a second cue beside colour. */
  shape: 'circle' | 'diamond' | 'square' | 'triangle' | 'check';
  /** What it means, for the menu. */
  hint: string;
}

/** In workflow order. */
export const STATUSES: readonly ParagraphStatus[] = [
  'drafting',
  'under-discussion',
  'contested',
  'agreed-ad-ref',
  'agreed',
];

export const STATUS_LOOK: Readonly<Record<ParagraphStatus, StatusLook>> = {
  drafting: {
    label: 'Drafting',
    letter: 'D',
    color: '#e3e6eb',
    ink: '#2b3140',
    shape: 'circle',
    hint: 'still being written',
  },
  'under-discussion': {
    label: 'Under discussion',
    letter: 'U',
    color: '#f0c44c',
    ink: '#3d2e00',
    shape: 'diamond',
    hint: 'being talked through',
  },
  contested: {
    label: 'Contested',
    letter: 'C',
    color: '#d2453b',
    ink: '#ffffff',
    shape: 'triangle',
    hint: 'there is disagreement',
  },
  'agreed-ad-ref': {
    label: 'Agreed ad ref',
    letter: 'R',
    color: '#6aa9e0',
    ink: '#0c2a45',
    shape: 'square',
    hint: 'agreed, pending confirmation by the groups',
  },
  agreed: { label: 'Agreed', letter: 'A', color: '#2f8f5b', ink: '#ffffff', shape: 'check', hint: 'agreed' },
};

export const POSITIONS: readonly PositionKind[] = ['support', 'support-with-reservation', 'oppose', 'abstain'];

export const POSITION_LABELS: Readonly<Record<PositionKind, string>> = {
  support: 'Support',
  'support-with-reservation': 'Support with reservation',
  oppose: 'Oppose',
  abstain: 'Abstain',
};

/** "0.38", or "no positions yet" when nobody responded. */
export function formatScore(score: number | null): string {
  return score === null ? 'no positions yet' : score.toFixed(2);
}

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

/** The marker's accessible name: "Paragraph 4: Contested, changed since agreed". */
export function markerLabel(
  number: number | null,
  status: ParagraphStatus,
  changed: boolean,
  openBrackets: number,
): string {
  const parts = [STATUS_LOOK[status].label];
  if (changed) parts.push('changed since agreed');
  if (openBrackets > 0) parts.push(openBrackets === 1 ? '1 open bracket' : `${openBrackets} open brackets`);
  return `${number === null ? 'This block' : `Paragraph ${number}`}: ${parts.join(', ')}`;
}
