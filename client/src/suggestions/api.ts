/**
 * The suggestion endpoints, through the app's one request helper and the shared zod contract
 * (`@accord/schema` suggestions.ts): the pending suggestions with their authors' names and
 * groups (the document holds the suggestions themselves; the server vouches for who made them),
 * the decisions — accept, reject, withdraw, all of a person's — and the document's rule.
 */
import {
  SuggestionList,
  SuggestionSettings,
  SuggestionsDecided,
  type PendingSuggestion,
  type SuggestionDecision,
} from '@accord/schema';
import { request } from '../api.js';

const seg = encodeURIComponent;
const base = (documentId: string) => `/api/documents/${seg(documentId)}/suggestions`;

/** A pending suggestion as the server records it: who made it, from which group, when. */
export type SuggestionRecord = PendingSuggestion;
export type Decision = SuggestionDecision;
export type { SuggestionSettings };

/** The document's pending suggestions with their authors. */
export const listSuggestions = (documentId: string, signal?: AbortSignal) =>
  request(base(documentId), SuggestionList, { signal });

/** Accepts, rejects or (its author) withdraws one suggestion. */
export const decideSuggestion = (documentId: string, suggestionId: string, decision: Decision) =>
  request(`${base(documentId)}/${seg(suggestionId)}/${decision}`, SuggestionsDecided, { method: 'POST' });

/** Accepts or rejects every pending suggestion by one person. */
export const decideAllBy = (documentId: string, authorId: string, decision: 'accept' | 'reject') =>
  request(`${base(documentId)}/decide`, SuggestionsDecided, { method: 'POST', body: { authorId, decision } });

/** The document's rule for members and what it means for the caller. */
export const getSuggestionSettings = (documentId: string, signal?: AbortSignal) =>
  request(`/api/documents/${seg(documentId)}/settings/suggestions`, SuggestionSettings, { signal });
