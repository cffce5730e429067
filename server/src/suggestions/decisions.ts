/**
 * The Lexical edits behind decisions, for `liveEdit` (inside `editor.update`): the editor
 * package's accept and reject functions, reporting what they decided.
 */
import { $acceptAllBy, $acceptSuggestion, $listSuggestions, $rejectAllBy, $rejectSuggestion } from '@accord/editor';

/** Accepts or rejects (withdraws) one suggestion; whether it was there. */
export function $decideSuggestion(id: string, accept: boolean): boolean {
  return accept ? $acceptSuggestion(id) : $rejectSuggestion(id);
}

/** Accepts or rejects every suggestion of one person; the ids decided. */
export function $decideAllBy(personId: string, accept: boolean): string[] {
  const ids = $listSuggestions()
    .filter((s) => s.by === personId)
    .map((s) => s.id);
  if (accept) $acceptAllBy(personId);
  else $rejectAllBy(personId);
  return ids;
}
