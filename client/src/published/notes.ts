/**
 * The published page's footnotes: each paragraph citing sources gets the next note number in
 * document order, and its note names the organisations (once each, in the order cited) — the
 * same numbering the exports use (server/src/endorsement/notes.ts), whose numbers the API
 * gives with each paragraph.
 */
import type { PublishedParagraph } from './api.js';

export interface Note {
  n: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  organisations: { contributionId: string; organisation: string }[];
}

export function notesOf(paragraphs: readonly PublishedParagraph[]): Note[] {
  const notes: Note[] = [];
  paragraphs.forEach((p, index) => {
    if (p.sources.length === 0) return;
    const seen = new Map<string, { contributionId: string; organisation: string }>();
    for (const s of p.sources) if (!seen.has(s.organisation)) seen.set(s.organisation, s);
    // The server's number when it gives one, so the page and the exports cite alike.
    notes.push({ n: p.note ?? notes.length + 1, paragraph: index, organisations: [...seen.values()] });
  });
  return notes;
}
