/**
 * The suggestion endpoints, through the app's one request helper: the pending suggestions with
 * their authors' names and groups (the document holds the suggestions themselves; the server
 * vouches for who made them), and the decisions — accept, reject, withdraw, all of a person's.
 */
import * as z from 'zod';
import { request } from '../api.js';

const seg = encodeURIComponent;
const base = (documentId: string) => `/api/documents/${seg(documentId)}/suggestions`;

/** A pending suggestion as the server records it: who made it, from which group, when. */
export const SuggestionRecord = z.object({
  id: z.string(),
  kind: z.enum(['insert', 'delete']),
  text: z.string(),
  author: z.object({ id: z.string(), name: z.string(), stakeholderGroup: z.string(), groupName: z.string() }),
  blockId: z.string(),
  createdAt: z.string(),
});
export type SuggestionRecord = z.infer<typeof SuggestionRecord>;

export const SuggestionList = z.object({ suggestions: z.array(SuggestionRecord) });

export type Decision = 'accept' | 'reject' | 'withdraw';

/** The document's pending suggestions with their authors. */
export const listSuggestions = (documentId: string, signal?: AbortSignal) =>
  request(base(documentId), SuggestionList, { signal });

const Done = z.unknown();

/** Accepts, rejects or (its author) withdraws one suggestion. */
export const decideSuggestion = (documentId: string, suggestionId: string, decision: Decision) =>
  request(`${base(documentId)}/${seg(suggestionId)}/${decision}`, Done, { method: 'POST' });

/** Accepts or rejects every pending suggestion by one person. */
export const decideAllBy = (documentId: string, authorId: string, decision: 'accept' | 'reject') =>
  request(`${base(documentId)}/decide`, Done, { method: 'POST', body: { authorId, decision } });

/** The document's rule for members and what it means for the caller (S2: `GET …/settings/suggestions`). */
export const SuggestionSettings = z.object({
  members: z.enum(['open', 'agreed', 'all']),
  mode: z.enum(['edit', 'suggest', 'read']),
  suggestOnly: z.enum(['nowhere', 'agreed', 'all']),
  agreedBlockIds: z.array(z.string()),
});
export type SuggestionSettings = z.infer<typeof SuggestionSettings>;

/** The document's suggestion setting as it applies to the caller. */
export const getSuggestionSettings = (documentId: string, signal?: AbortSignal) =>
  request(`/api/documents/${seg(documentId)}/settings/suggestions`, SuggestionSettings, { signal });
