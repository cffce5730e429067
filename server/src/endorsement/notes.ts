/**
 * A compilation's notes for the exports: each block that cites sources gets the next note
 * number in document order, its text the organisations cited ("Brazil IGF, EuroDIG"), and the
 * annex "Contributions" as rows (organisation, kind, country, date). The renderings
 * (versions/export.ts, export-docx.ts) place them as Markdown `[^n]`, HTML notes or Word footnotes.
 */
import type { ContributionKind } from '@accord/schema';
import type { AnnexEntry, CompilationExtras } from './types.js';

export const kindLabels: Readonly<Record<ContributionKind, string>> = {
  national: 'National initiative',
  regional: 'Regional initiative',
  youth: 'Youth initiative',
  'dynamic-coalition': 'Dynamic coalition',
  bpf: 'Best practice forum',
  other: 'Other',
};

/** The note of one block. */
export interface Note {
  n: number;
  text: string;
}

/** Notes by block id, numbered in the order of `blockIds` (document order). */
export function notesOf(blockIds: readonly string[], extras: CompilationExtras | undefined): Map<string, Note> {
  const notes = new Map<string, Note>();
  if (!extras) return notes;
  for (const id of blockIds) {
    const cited = extras.sources[id];
    if (!cited || cited.length === 0 || notes.has(id)) continue;
    const organisations = [...new Set(cited.map((s) => s.organisation))];
    notes.set(id, { n: notes.size + 1, text: organisations.join(', ') });
  }
  return notes;
}

export const ANNEX_TITLE = 'Annex: Contributions';
export const ANNEX_HEADERS = ['Organisation', 'Kind', 'Country or region', 'Date', 'Title'] as const;

/** "12 March 2026": the date of a contribution, the same on every machine. */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** The annex's rows, as the headers name them. */
export const annexRows = (annex: readonly AnnexEntry[]): string[][] =>
  annex.map((a) => [a.organisation, kindLabels[a.kind] ?? a.kind, a.country, shortDate(a.submittedAt), a.title]);
