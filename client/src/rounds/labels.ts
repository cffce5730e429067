/** Words for rounds on the coordinators' pages, kept pure so they can be tested without a browser. */
import type { ContentBlock, Moderation, Participation, ReportFormat, RoundState } from '@accord/schema';

export const STATE_LABELS: Readonly<Record<RoundState, string>> = {
  scheduled: 'Scheduled',
  open: 'Open',
  closed: 'Closed',
};

export const MODERATION_LABELS: Readonly<Record<Moderation, string>> = {
  immediate: 'Comments are published immediately',
  'after-moderation': 'Comments are published after moderation',
};

export const PARTICIPATION_LABELS: Readonly<Record<Participation, string>> = {
  anyone: 'Anyone who registers',
  'listed-organisations': 'Only listed organisations',
};

/** Download links of the report, in the order shown. */
export const REPORT_FORMATS: ReadonlyArray<{ format: ReportFormat; label: string }> = [
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'Web page (HTML)' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'csv', label: 'Spreadsheet (CSV)' },
];

/** "Only listed organisations: A, B" — the organisations are part of who may take part. */
export function participationSummary(participation: Participation, organisations: readonly string[] = []): string {
  const label = PARTICIPATION_LABELS[participation];
  return participation === 'listed-organisations' && organisations.length > 0
    ? `${label}: ${organisations.join(', ')}`
    : label;
}

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

/** A live paragraph as an option of "Changed paragraph": "¶ 4 — The first words…", headings unnumbered. */
export const paragraphOption = (block: Pick<ContentBlock, 'number' | 'label' | 'text'>): string =>
  `${block.number === null ? '' : `¶ ${block.label ?? block.number} — `}${firstWords(block.text) || '(empty)'}`;

/** "3 of 7 comments processed" (one comment reads in the singular). */
export const progressText = ({ processed, total }: { processed: number; total: number }): string =>
  `${processed} of ${total} ${total === 1 ? 'comment' : 'comments'} processed`;

/** "2 comments still need a disposition", or '' when none do. */
export function remainingText({ processed, total }: { processed: number; total: number }): string {
  const left = total - processed;
  if (left <= 0) return '';
  return `${left} ${left === 1 ? 'comment still needs' : 'comments still need'} a disposition`;
}
