/**
 * How a suggestion is put in words on its card and in its accessible name: "Replace ‘x’ with
 * ‘y’", "Insert ‘y’", "Delete ‘x’" — long passages shortened in the middle of a word boundary.
 */
import type { PendingSuggestion } from './model.js';

/** Longest quoted passage before it is shortened with an ellipsis. */
export const QUOTE_MAX = 80;

/** `text` in quotes, whitespace folded, shortened to {@link QUOTE_MAX} characters. */
export function quote(text: string, max = QUOTE_MAX): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return `‘${folded}’`;
  const cut = folded.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `‘${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…’`;
}

/** The suggestion as one sentence. */
export function describeSuggestion(s: Pick<PendingSuggestion, 'inserted' | 'deleted'>): string {
  if (s.deleted && s.inserted) return `Replace ${quote(s.deleted)} with ${quote(s.inserted)}`;
  if (s.inserted) return `Insert ${quote(s.inserted)}`;
  if (s.deleted) return `Delete ${quote(s.deleted)}`;
  return 'An empty suggestion';
}

/** What kind of change it is, for a label in front of the sentence. */
export function suggestionVerb(s: Pick<PendingSuggestion, 'inserted' | 'deleted'>): 'Replace' | 'Insert' | 'Delete' {
  return s.deleted && s.inserted ? 'Replace' : s.deleted ? 'Delete' : 'Insert';
}
