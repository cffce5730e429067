/**
 * How statuses and positions are named and drawn. Every status has a letter and a shape as
 * well as a colour, so the markers, strip and legend read without colour vision.
 */
import type { ParagraphStatus, PositionKind } from '@accord/schema';

export { byline, SCORE_MEANING, type Standing, standing } from '@accord/schema';

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
