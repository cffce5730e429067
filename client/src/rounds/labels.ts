/**
 * Words for rounds on the coordinators' pages, in the page's language. Pure functions of a
 * translator (`useT()` in a component, a catalog's translator in tests), so they are tested
 * without a browser.
 */
import type { MessageKey } from '@accord/i18n';
import type { ContentBlock, Disposition, Moderation, Participation, ReportFormat, RoundState } from '@accord/schema';
import type { T } from '../i18n/useT.js';

export const STATE_LABELS: Readonly<Record<RoundState, MessageKey>> = {
  scheduled: 'rounds.state.scheduled',
  open: 'rounds.state.open',
  closed: 'rounds.state.closed',
};

/** What the group decided about a comment, as the form, the public page and the report name it. */
export const DISPOSITION_LABELS: Readonly<Record<Disposition, MessageKey>> = {
  accepted: 'rounds.disposition.accepted',
  'partly-accepted': 'rounds.disposition.partlyAccepted',
  'not-accepted': 'rounds.disposition.notAccepted',
  noted: 'rounds.disposition.noted',
  'out-of-scope': 'rounds.disposition.outOfScope',
};

/** How comments reach the public, as a sentence. */
export const MODERATION_LABELS: Readonly<Record<Moderation, MessageKey>> = {
  immediate: 'rounds.rules.immediate',
  'after-moderation': 'rounds.rules.afterModeration',
};

/** Download links of the report, in the order shown. */
export const REPORT_FORMATS: ReadonlyArray<{ format: ReportFormat; label: MessageKey }> = [
  { format: 'markdown', label: 'rounds.format.markdown' },
  { format: 'html', label: 'rounds.format.html' },
  { format: 'docx', label: 'rounds.format.docx' },
  { format: 'csv', label: 'rounds.format.csv' },
];

/**
 * Who may take part and how comments are published, as one or two sentences: "Only people from
 * these organisations may take part: ISOC and APC. Comments are published immediately."
 * `list` joins the organisations in the page's language (`useFormat().list`).
 */
export function roundRules(
  round: { participation: Participation; organisations?: readonly string[] | undefined; moderation: Moderation },
  t: T,
  list: (items: readonly string[]) => string,
): string {
  const organisations = round.organisations ?? [];
  const participation =
    round.participation === 'listed-organisations' && organisations.length > 0
      ? t('rounds.rules.listed', { organisations: list(organisations) })
      : round.participation === 'listed-organisations'
        ? t('rounds.rules.listedNone')
        : t('rounds.rules.anyone');
  return t('rounds.rules.both', { participation, moderation: t(MODERATION_LABELS[round.moderation]) });
}

/**
 * Text people wrote, isolated for a plain-text context (a label, a confirm() prompt) with the
 * Unicode first-strong isolate: an Arabic title inside an English sentence keeps its own order
 * and does not pull the sentence's punctuation along. In markup use `<bdi>` instead.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The textarea of organisations, one per line → the list the API takes (blank lines and repeats dropped). */
export function organisationsFromText(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

/** "the first words of a paragraph…", at most `words` words. */
export function firstWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** A paragraph's number as people read it ("¶4", "¶4bis"); null for an unnumbered block. */
export function paragraphNumber(block: Pick<ContentBlock, 'number' | 'label'>, t: T): string | null {
  return block.number === null ? null : t('common.paragraph', { number: block.label ?? block.number });
}

/** A live paragraph as an option of "Changed paragraph": "¶4 — The first words…", headings unnumbered. */
export function paragraphOption(block: Pick<ContentBlock, 'number' | 'label' | 'text'>, t: T): string {
  const words = firstWords(block.text) || t('rounds.paragraph.empty');
  const number = paragraphNumber(block, t);
  return number === null ? words : t('rounds.paragraph.option', { paragraph: number, words });
}

/** "3 of 7 comments processed" (one comment reads in the singular). */
export const progressText = ({ processed, total }: { processed: number; total: number }, t: T): string =>
  t('rounds.processing.progress', { processed, total });

/** "2 comments still need a disposition.", or '' when none do. */
export function remainingText({ processed, total }: { processed: number; total: number }, t: T): string {
  const left = total - processed;
  return left <= 0 ? '' : t('rounds.processing.remaining', { count: left });
}
