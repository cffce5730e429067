/**
 * How statuses and positions are named and drawn. Every status has a letter and a shape as
 * well as a colour, so the markers, strip and legend read without colour vision. Names and
 * letters are the page's language (each language picks letters that tell its own status names
 * apart); the functions take the component's `t` and default to the page's current language.
 */
import type { MessageKey } from '@accord/i18n';
import type { GroupAggregate, ParagraphStatus, PositionKind } from '@accord/schema';
import { leaning } from '@accord/schema';
import { currentIntl, translate } from '../i18n/current.js';
import type { T } from '../i18n/useT.js';

export interface StatusLook {
  /** The status's name in the page's language. */
  readonly label: string;
  /** One letter drawn in the marker, in the page's language. */
  readonly letter: string;
  /** Fill colour (marker, strip, trend). */
  color: string;
  /** Text colour on that fill. */
  ink: string;
  /** Marker shape, a second cue beside colour. */
  shape: 'circle' | 'diamond' | 'square' | 'triangle' | 'check';
}

/** In workflow order. */
export const STATUSES: readonly ParagraphStatus[] = [
  'drafting',
  'under-discussion',
  'contested',
  'agreed-ad-ref',
  'agreed',
];

const STATUS_KEYS: Readonly<Record<ParagraphStatus, { name: MessageKey; letter: MessageKey }>> = {
  drafting: { name: 'consensus.status.drafting', letter: 'consensus.status.drafting.letter' },
  'under-discussion': {
    name: 'consensus.status.underDiscussion',
    letter: 'consensus.status.underDiscussion.letter',
  },
  contested: { name: 'consensus.status.contested', letter: 'consensus.status.contested.letter' },
  'agreed-ad-ref': { name: 'consensus.status.agreedAdRef', letter: 'consensus.status.agreedAdRef.letter' },
  agreed: { name: 'consensus.status.agreed', letter: 'consensus.status.agreed.letter' },
};

/** A status's name ("Agreed ad ref"). */
export const statusName = (status: ParagraphStatus, t: T = translate): string => t(STATUS_KEYS[status].name);

/** The one letter its marker shows ("R"). */
export const statusLetter = (status: ParagraphStatus, t: T = translate): string => t(STATUS_KEYS[status].letter);

/** A status's look; `label` and `letter` are read in the page's language each time. */
function look(status: ParagraphStatus, drawn: Omit<StatusLook, 'label' | 'letter'>): StatusLook {
  return {
    get label() {
      return statusName(status);
    },
    get letter() {
      return statusLetter(status);
    },
    ...drawn,
  };
}

export const STATUS_LOOK: Readonly<Record<ParagraphStatus, StatusLook>> = {
  drafting: look('drafting', { color: '#e3e6eb', ink: '#2b3140', shape: 'circle' }),
  'under-discussion': look('under-discussion', { color: '#f0c44c', ink: '#3d2e00', shape: 'diamond' }),
  contested: look('contested', { color: '#d2453b', ink: '#ffffff', shape: 'triangle' }),
  'agreed-ad-ref': look('agreed-ad-ref', { color: '#6aa9e0', ink: '#0c2a45', shape: 'square' }),
  agreed: look('agreed', { color: '#2f8f5b', ink: '#ffffff', shape: 'check' }),
};

export const POSITIONS: readonly PositionKind[] = ['support', 'support-with-reservation', 'oppose', 'abstain'];

const POSITION_KEYS: Readonly<Record<PositionKind, MessageKey>> = {
  support: 'consensus.position.support',
  'support-with-reservation': 'consensus.position.supportWithReservation',
  oppose: 'consensus.position.oppose',
  abstain: 'consensus.position.abstain',
};

/** A position's name ("Support with reservation"). */
export const positionName = (position: PositionKind, t: T = translate): string => t(POSITION_KEYS[position]);

/** The position as ICU `select` keys name it in messages (`{position, select, …}`). */
export const POSITION_SELECT: Readonly<Record<PositionKind, string>> = {
  support: 'support',
  'support-with-reservation': 'reservation',
  oppose: 'oppose',
  abstain: 'abstain',
};

/** "0.38" in the page's digits, or "no positions yet" when nobody responded. */
export function formatScore(score: number | null, t: T = translate): string {
  if (score === null) return t('consensus.score.none');
  return currentIntl().formatNumber(score, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "Paragraph 4", or "This block" for an unnumbered one. */
export const blockName = (number: number | string | null, t: T = translate): string =>
  number === null ? t('consensus.thisBlock') : t('common.paragraphLong', { number });

/** The marker's accessible name: "Paragraph 4: Contested, changed since agreed, 2 open brackets". */
export function markerLabel(
  number: number | string | null,
  status: ParagraphStatus,
  changed: boolean,
  openBrackets: number,
  t: T = translate,
): string {
  return t('consensus.marker.label', {
    where: blockName(number, t),
    status: statusName(status, t),
    changed: changed ? 'yes' : 'no',
    brackets: openBrackets,
  });
}

/** A person and the group they come from, as text: "Mei Tanaka (Technical community)". */
export const bylineText = (person: { name: string }, group: string, t: T = translate): string =>
  t('consensus.byline', { name: person.name, group });

/** Items of one list in the language's punctuation ("a, b, c"; "a，b，c"; "a، b، c"). */
export const joinParts = (parts: readonly string[], t: T = translate): string =>
  parts.join(t('consensus.listSeparator'));

/** How a paragraph stands across stakeholder groups: a headline and the counts behind it. */
export interface Standing {
  /** "Broad support", "Divided", "Opposed", … */
  words: string;
  /** "2 groups in favour, 1 group against, with reservations". */
  detail: string;
  tone: 'none' | 'support' | 'divided' | 'opposed';
}

/**
 * The consensus score in words a chair reads at a glance (the same reading as the server's
 * register exports, `leaning` in @accord/schema), in the page's language.
 */
export function standing(aggregates: readonly GroupAggregate[], t: T = translate): Standing {
  const lean = leaning(aggregates);
  if (lean.tone === 'none')
    return { words: t('consensus.standing.none'), detail: t('consensus.standing.noneDetail'), tone: 'none' };
  const parts = [
    lean.favour > 0 ? t('consensus.standing.inFavour', { count: lean.favour }) : '',
    lean.against > 0 ? t('consensus.standing.against', { count: lean.against }) : '',
    lean.split > 0 ? t('consensus.standing.split', { count: lean.split }) : '',
    lean.reservations ? t('consensus.standing.withReservations') : '',
  ].filter(Boolean);
  const words =
    lean.tone === 'support'
      ? t(lean.favour > 1 ? 'consensus.standing.broad' : 'consensus.standing.oneGroup')
      : lean.tone === 'opposed'
        ? t('consensus.standing.opposed')
        : t('consensus.standing.divided');
  return { words, detail: joinParts(parts, t), tone: lean.tone };
}
