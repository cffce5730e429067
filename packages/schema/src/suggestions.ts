import * as z from 'zod';
import { fieldMessage } from './field-messages.js';
import { Id } from './ids.js';
import { PersonShown } from './identity.js';

/**
 * Suggestions (issue 13): proposed insertions and deletions held in the document itself
 * (`SuggestionNode`), pending until a coordinator accepts or rejects them or their author
 * withdraws them. The server vouches for who made each one and records how it ended; these
 * are the shapes of its REST API.
 */

/** A suggestion id (NodeState `sid`): URL-safe, 1–64 characters. */
export const SuggestionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, fieldMessage('errors.field.suggestionId'));
export type SuggestionId = z.infer<typeof SuggestionId>;

/** What a suggestion proposes: to add the text it holds, or to remove it. */
export const SuggestionKind = z.enum(['insert', 'delete']);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

/** How a suggestion stands: pending, or how it ended (`removed`: its text went without a decision). */
export const SuggestionStatus = z.enum(['pending', 'accepted', 'rejected', 'withdrawn', 'removed']);
export type SuggestionStatus = z.infer<typeof SuggestionStatus>;

/** One pending suggestion as `GET /api/documents/:id/suggestions` lists it, in document order. */
export const PendingSuggestion = z.object({
  id: SuggestionId,
  kind: SuggestionKind,
  /** The text proposed for insertion, or the text proposed for deletion. */
  text: z.string(),
  /** Who proposed it, as the server knows them (name and stakeholder group from the database). */
  author: PersonShown.extend({ groupName: z.string() }),
  /** The block it lies in (the first, when an Enter split it across several). */
  blockId: z.string(),
  /** The paragraph's number, null for blocks without one (headings, list items…). */
  paragraph: z.number().int().nullable(),
  /** When the server first stored it (ISO 8601). */
  createdAt: z.string(),
  /** The comment thread that discusses it, if one was opened. */
  threadId: z.string().optional(),
});
export type PendingSuggestion = z.infer<typeof PendingSuggestion>;

/** `GET /api/documents/:documentId/suggestions` */
export const SuggestionList = z.object({ suggestions: z.array(PendingSuggestion) });
export type SuggestionList = z.infer<typeof SuggestionList>;

/** What a decision on one suggestion does: accept, reject, or (by its author) withdraw. */
export const SuggestionDecision = z.enum(['accept', 'reject', 'withdraw']);
export type SuggestionDecision = z.infer<typeof SuggestionDecision>;

/** Body of `POST /api/documents/:documentId/suggestions/decide`: every pending suggestion of one person. */
export const DecideAllBody = z.object({ authorId: Id, decision: z.enum(['accept', 'reject']) }).strict();
export type DecideAllBody = z.infer<typeof DecideAllBody>;

/** The answer to a decision: the suggestions it decided and how. */
export const SuggestionsDecided = z.object({
  decision: SuggestionDecision,
  decided: z.array(SuggestionId),
});
export type SuggestionsDecided = z.infer<typeof SuggestionsDecided>;

/**
 * A document's rule for members: `open` (they edit, and may choose to suggest), `agreed`
 * (their changes to agreed paragraphs must be suggestions), `all` (they always suggest).
 * Contributors always suggest; coordinators and the secretariat always may edit.
 */
export const MemberSuggesting = z.enum(['open', 'agreed', 'all']);
export type MemberSuggesting = z.infer<typeof MemberSuggesting>;

/** Body of `PUT /api/documents/:documentId/settings/suggestions`. */
export const SuggestionSettingsBody = z.object({ members: MemberSuggesting }).strict();
export type SuggestionSettingsBody = z.infer<typeof SuggestionSettingsBody>;

/**
 * `GET` / `PUT /api/documents/:documentId/settings/suggestions`: the document's rule, and what
 * it means for the caller — `mode` is how their connection may change the text (`read`: not at
 * all), `suggestOnly` where every change of theirs must be a suggestion (`agreed`: in the
 * paragraphs listed in `agreedBlockIds`).
 */
export const SuggestionSettings = z.object({
  members: MemberSuggesting,
  mode: z.enum(['edit', 'suggest', 'read']),
  suggestOnly: z.enum(['nowhere', 'agreed', 'all']),
  agreedBlockIds: z.array(z.string()),
});
export type SuggestionSettings = z.infer<typeof SuggestionSettings>;
