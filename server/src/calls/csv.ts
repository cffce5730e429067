/**
 * A call's contributions as CSV: one row per paragraph, RFC 4180 (CRLF, quoted fields), and
 * formula-injection safe as the comments export is (cells starting with = + - @, a tab or a
 * carriage return get a leading single quote): every cell is someone's input.
 */
import { csvField, neutralise } from '../comments/csv.js';
import type { StoredContribution } from './store.js';

/** The header row, in column order. */
export const contributionCsvColumns = [
  'contribution id',
  'title',
  'organisation',
  'kind',
  'country or region',
  'stakeholder group',
  'pillars',
  'contributor',
  'contributor email',
  'submitted at',
  'updated at',
  'source',
  'paragraph index',
  'text',
] as const;

const row = (cells: readonly string[]): string => `${cells.map((cell) => csvField(neutralise(cell))).join(',')}\r\n`;

export function contributionsCsv(contributions: readonly StoredContribution[]): string {
  let csv = row(contributionCsvColumns);
  for (const c of contributions) {
    for (const p of c.paragraphs) {
      csv += row([
        c.id,
        c.title,
        c.organisation,
        c.kind,
        c.country,
        c.group ?? '',
        c.pillars.join('; '),
        c.author.name,
        c.author.email,
        c.submittedAt,
        c.updatedAt,
        c.source,
        String(p.index),
        p.text,
      ]);
    }
  }
  return csv;
}
