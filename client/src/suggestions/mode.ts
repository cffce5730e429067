/**
 * Editing or suggesting: which one a person types in, and whether they may choose. The server
 * decides what is allowed (`document.edit`, `document.suggest` in their access, the document's
 * setting for members); this only reads it and words the one-line why beside a locked toggle.
 */
import type { MessageKey } from '@accord/i18n';
import type { Role } from '@accord/schema';

export type EditMode = 'editing' | 'suggesting';

/** Where the document's setting makes this person's changes suggestions (the server says, per person). */
export type SuggestOnly = 'nowhere' | 'agreed' | 'all';

export interface ModeInput {
  role: Role | null;
  /** `document.edit` is allowed. */
  canEdit: boolean;
  /** `document.suggest` is allowed. */
  canSuggest: boolean;
  suggestOnly: SuggestOnly;
  /** The person's own choice on the toggle. */
  chosen: EditMode;
  /** The caret is in a paragraph marked agreed. */
  inAgreed: boolean;
}

export interface ModeState {
  /** How typing lands; null when the person may change nothing. */
  mode: EditMode | null;
  /** The toggle cannot be changed. */
  locked: boolean;
  /** Why it is locked (one line), or what the setting does: a message of the page's language. */
  why: MessageKey | null;
}

export const CONTRIBUTOR_WHY: MessageKey = 'consensus.mode.contributorWhy';
export const ALL_WHY: MessageKey = 'consensus.mode.allWhy';
export const AGREED_WHY: MessageKey = 'consensus.mode.agreedWhy';
export const AGREED_NOTE: MessageKey = 'consensus.mode.agreedNote';

/** The mode the person types in, from what the server allows and their own choice. */
export function modeState({ role, canEdit, canSuggest, suggestOnly, chosen, inAgreed }: ModeInput): ModeState {
  if (!canEdit) {
    if (!canSuggest) return { mode: null, locked: true, why: null };
    return { mode: 'suggesting', locked: true, why: role === 'contributor' ? CONTRIBUTOR_WHY : ALL_WHY };
  }
  if (canSuggest && suggestOnly === 'all') return { mode: 'suggesting', locked: true, why: ALL_WHY };
  if (canSuggest && suggestOnly === 'agreed' && inAgreed) return { mode: 'suggesting', locked: true, why: AGREED_WHY };
  return {
    mode: canSuggest ? chosen : 'editing',
    locked: !canSuggest,
    why: suggestOnly === 'agreed' ? AGREED_NOTE : null,
  };
}
