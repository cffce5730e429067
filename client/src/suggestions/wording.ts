/**
 * How a suggestion is put in words on its card, in its accessible name and in the tooltip of
 * its text: "Replace ‘x’ with ‘y’", "Insert ‘y’", "Delete ‘x’" — in the page's language, each
 * language with its own quotation marks; long passages shortened at a word boundary.
 */
import type { MessageKey } from '@accord/i18n';
import type { IntlShape } from 'react-intl';
import { currentIntl } from '../i18n/current.js';
import type { PendingSuggestion } from './model.js';

/** Longest quoted passage before it is shortened with an ellipsis. */
export const QUOTE_MAX = 80;

/** What kind of change it is. */
export type SuggestionKind = 'replace' | 'insert' | 'delete';

/** `text` with whitespace folded, shortened to {@link QUOTE_MAX} characters; the message quotes it. */
export function quote(text: string, max = QUOTE_MAX): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What kind of change it is, for the label in front of the sentence. */
export function suggestionKind(s: Pick<PendingSuggestion, 'inserted' | 'deleted'>): SuggestionKind {
  return s.deleted && s.inserted ? 'replace' : s.deleted ? 'delete' : 'insert';
}

/**
 * The message that words a suggestion, and its values; `<verb>…</verb>` marks the verb, which
 * the card draws as a label.
 */
export function suggestionMessage(s: Pick<PendingSuggestion, 'inserted' | 'deleted'>): {
  id: MessageKey;
  values: { deleted: string; inserted: string };
} {
  const values = { deleted: quote(s.deleted), inserted: quote(s.inserted) };
  if (!s.deleted && !s.inserted) return { id: 'consensus.suggestion.empty', values };
  const kind = suggestionKind(s);
  const id: MessageKey =
    kind === 'replace'
      ? 'consensus.suggestion.replace'
      : kind === 'delete'
        ? 'consensus.suggestion.delete'
        : 'consensus.suggestion.insert';
  return { id, values };
}

/** The suggestion as one sentence of plain text ("Replace ‘shall’ with ‘should’"). */
export function describeSuggestion(
  s: Pick<PendingSuggestion, 'inserted' | 'deleted'>,
  intl: IntlShape = currentIntl(),
): string {
  const { id, values } = suggestionMessage(s);
  return intl.formatMessage({ id }, { ...values, verb: (chunks: string[]) => chunks.join('') });
}
