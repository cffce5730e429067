/**
 * The editing mode of the open document for this person: their choice on the toggle (kept per
 * document in this browser), held to suggesting where the server's rules say so, and following
 * the caret into and out of agreed paragraphs when the document's setting protects them.
 */
import type { Role } from '@accord/schema';
import { useCallback, useMemo, useState } from 'react';
import type { SuggestionSettings } from './api.js';
import { modeState, type EditMode, type ModeState } from './mode.js';

/** What the page knows about this person and the document's suggestion rules. */
export interface SuggestingAccess {
  personId: string;
  role: Role | null;
  /** `document.suggest` is allowed (and the access is current). */
  canSuggest: boolean;
  /** The document's setting as it applies to this person; null until it is known. */
  settings: SuggestionSettings | null;
  /** The setting has been asked for and answered (or could not be): until then, no direct edits. */
  settled?: boolean;
}

export interface EditModeControl {
  state: ModeState;
  choose: (mode: EditMode) => void;
  /** The block ids where this person's changes must be suggestions (agreed paragraphs). */
  agreed: ReadonlySet<string>;
  setInAgreed: (inAgreed: boolean) => void;
}

const storageKey = (documentId: string) => `accord:mode:${documentId}`;

function remembered(documentId: string): EditMode {
  try {
    return localStorage.getItem(storageKey(documentId)) === 'suggesting' ? 'suggesting' : 'editing';
  } catch {
    return 'editing';
  }
}

export function useEditMode(
  documentId: string,
  canEdit: boolean,
  access: SuggestingAccess | undefined,
): EditModeControl {
  const [chosen, setChosen] = useState<EditMode>(() => remembered(documentId));
  const [inAgreed, setInAgreed] = useState(false);
  const choose = useCallback(
    (mode: EditMode) => {
      setChosen(mode);
      try {
        localStorage.setItem(storageKey(documentId), mode);
      } catch {
        // Private windows may refuse storage: the choice lasts for this page only.
      }
    },
    [documentId],
  );
  const settings = access?.settings ?? null;
  const agreedIds = settings?.suggestOnly === 'agreed' ? settings.agreedBlockIds.join(' ') : '';
  const agreed = useMemo(() => new Set(agreedIds ? agreedIds.split(' ') : []), [agreedIds]);
  const state = modeState({
    role: access?.role ?? null,
    canEdit,
    canSuggest: access?.canSuggest ?? false,
    suggestOnly: settings?.suggestOnly ?? 'nowhere',
    chosen,
    inAgreed,
  });
  return { state, choose, agreed, setInAgreed };
}
