/**
 * Suggestion mode in the browser: while `enabled`, what this person types, deletes, cuts or
 * pastes becomes suggestions in their name (`registerSuggestionMode` in @accord/editor).
 *
 * Lexical types most characters natively (its `beforeinput` handler lets the browser insert
 * them and reads the DOM back afterwards, a path no text command sees). Lexical 0.52 hands
 * every `beforeinput` to `BEFORE_INPUT_COMMAND` first, inside an update whose selection was
 * just read from the DOM, so the registration takes that command over at critical priority and
 * prevents the browser's own edit there: no DOM listener of our own is needed, and the
 * selection is never stale. IME composition is the exception browsers do not let anyone
 * prevent; the registration moves the caret into a new insert suggestion when composing starts,
 * so the composed text lands in it.
 *
 * Enter, formatting, lists, links and drops do nothing while suggesting (structure is not
 * suggested yet); the toolbar should disable its buttons for them.
 */
import { registerSuggestionMode } from '@accord/editor';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

export interface SuggestionModePluginProps {
  /** Suggesting (true) or editing directly (false). */
  enabled: boolean;
  /** The signed-in person's id: the server refuses a suggestion in anyone else's name. */
  personId: string;
}

export function SuggestionModePlugin({ enabled, personId }: SuggestionModePluginProps): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => (enabled && personId !== '' ? registerSuggestionMode(editor, { personId }) : undefined),
    [editor, enabled, personId],
  );
  return null;
}
