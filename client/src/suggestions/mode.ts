/**
 * Editing or suggesting: which one a person types in, and whether they may choose. The server
 * decides what is allowed (`document.edit`, `document.suggest` in their access, the document's
 * setting for members); this only reads it and words the one-line why beside a locked toggle.
 */
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
  /** Why it is locked (one line), or what the setting does. */
  why: string | null;
}

export const CONTRIBUTOR_WHY = 'You are a contributor: your changes are suggestions the coordinators accept or reject.';
export const ALL_WHY = 'In this document, your changes are suggestions the coordinators accept or reject.';
export const AGREED_WHY = 'This paragraph is agreed: changes to it are suggestions the coordinators accept or reject.';
export const AGREED_NOTE = 'In agreed paragraphs, changes are suggestions.';

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
