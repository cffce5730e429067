/**
 * The suggestions of the open document as the page shows them: the pending ones read from the
 * editor (they are document structure, so they appear and go with the text, for everyone at
 * once), which one the caret is in, and who made each — names and groups from the server, asked
 * again whenever a suggestion appears that it has not named yet, or `refresh` is called (after
 * a decision).
 */
import { $getSuggestionId, $isSuggestionNode } from '@accord/editor';
import { $getSelection, $isRangeSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listSuggestions, type SuggestionRecord } from './api.js';
import { $pendingSuggestions, sameSuggestions, type PendingSuggestion } from './model.js';

/** Wait this long after a new suggestion appears before asking who made it (typing makes many). */
const NAME_DELAY_MS = 300;
/** How many times to ask again for a suggestion the server has not recorded yet. */
const MAX_RETRIES = 4;

export interface SuggestionsView {
  items: readonly PendingSuggestion[];
  /** The suggestion the caret is in. */
  activeId: string | null;
  /** What the server says of each pending suggestion, by id. */
  records: ReadonlyMap<string, SuggestionRecord>;
  /** Asks the server again (after a decision). */
  refresh: () => void;
}

function $suggestionAround(node: LexicalNode | null): string | null {
  for (let n = node; n; n = n.getParent()) if ($isSuggestionNode(n)) return $getSuggestionId(n) || null;
  return null;
}

/** The id of the suggestion the selection's focus is in, inside `editor.read`. */
export function $activeSuggestion(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $suggestionAround(selection.focus.getNode());
}

export function useSuggestions(editor: LexicalEditor, documentId: string): SuggestionsView {
  const [items, setItems] = useState<readonly PendingSuggestion[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [records, setRecords] = useState<ReadonlyMap<string, SuggestionRecord>>(() => new Map());
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    // A caret move changes no node: then only the active suggestion is read again, not the document.
    const read = (contentChanged: boolean) =>
      editor.getEditorState().read(() => {
        if (contentChanged) {
          const next = $pendingSuggestions();
          setItems((prev) => (sameSuggestions(prev, next) ? prev : next));
        }
        setActiveId($activeSuggestion());
      });
    read(true);
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) =>
      read(dirtyElements.size > 0 || dirtyLeaves.size > 0),
    );
  }, [editor]);

  // Ask the server when a suggestion it has not named is in the text, and on refresh. A
  // suggestion typed a moment ago may not be recorded yet: ask again a few times, waiting longer.
  const unnamed = items
    .flatMap((s) => s.ids)
    .filter((id) => !records.has(id))
    .join(' ');
  const [retry, setRetry] = useState(0);
  const answered = useRef(0);
  useEffect(() => {
    if (unnamed === '' && asked === answered.current) return;
    const controller = new AbortController();
    const delay = retry === 0 ? NAME_DELAY_MS : NAME_DELAY_MS * 2 ** retry;
    const timer = setTimeout(async () => {
      try {
        const { suggestions } = await listSuggestions(documentId, controller.signal);
        answered.current = asked;
        const next = new Map(suggestions.map((s) => [s.id, s]));
        setRecords(next);
        const missing = unnamed !== '' && unnamed.split(' ').some((id) => !next.has(id));
        setRetry((n) => (missing && n < MAX_RETRIES ? n + 1 : 0));
      } catch {
        // Names stay as they were; the cards say "someone" until the next change.
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [unnamed, asked, retry, documentId]);

  return { items, activeId, records, refresh };
}
