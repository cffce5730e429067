/**
 * The comment-response report as CSV, as the comments export (RFC 4180: CRLF line ends, fields
 * with quotes, commas or line breaks quoted; cells a spreadsheet would run as a formula
 * prefixed with a single quote). One row per comment in report order; a group-only author has
 * empty name and country cells. Who decided is not named: the response is the group's, and
 * this report is published. A paragraph comment's row has the paragraph's number beside its
 * block id (people cite numbers, tools match ids) and the paragraph's agree/disagree tally.
 */
import { csvField, neutralise } from '../../comments/csv.js';
import { buildReport, type ReportInput, type ReportSection } from './model.js';

/** The header row, in column order. */
export const reportCsvColumns = [
  'comment id',
  'section',
  'block id',
  'paragraph number',
  'paragraph agree',
  'paragraph disagree',
  'quote',
  'author name',
  'stakeholder group',
  'country',
  'comment',
  'submitted at',
  'disposition',
  'response',
  'changed paragraph (block id)',
  'changed paragraph (number as consulted)',
  'decided at',
] as const;

const row = (cells: readonly string[]): string => `${cells.map((cell) => csvField(neutralise(cell))).join(',')}\r\n`;

/** "general", "other", the paragraph's number, or the kind of an unnumbered block ("heading"). */
const sectionCell = (s: ReportSection): string =>
  s.kind !== 'paragraph' ? s.kind : s.number === null ? s.title.toLowerCase() : (s.label ?? String(s.number));

/** The report as CSV text. */
export function reportCsv(input: ReportInput): string {
  let csv = row(reportCsvColumns);
  // A paragraph added since the consultation has no number as consulted: its cell stays empty.
  const numbers = new Map(
    input.paragraphs.flatMap((b) => (b.number === null ? [] : [[b.id, b.label ?? String(b.number)]])),
  );
  for (const section of buildReport(input).sections) {
    for (const e of section.entries) {
      const d = e.decision;
      csv += row([
        e.id,
        sectionCell(section),
        e.blockId ?? '',
        section.number === null ? '' : (section.label ?? String(section.number)),
        section.tally ? String(section.tally.agree) : '',
        section.tally ? String(section.tally.disagree) : '',
        e.quote ?? '',
        e.author.name ?? '',
        e.author.group,
        e.author.country ?? '',
        e.text,
        e.createdAt,
        d?.label ?? '',
        d?.response ?? '',
        d?.changedBlockId ?? '',
        d?.changedBlockId ? (numbers.get(d.changedBlockId) ?? '') : '',
        d?.decidedAt ?? '',
      ]);
    }
  }
  return csv;
}
