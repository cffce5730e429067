import { z } from 'zod';
import { BlockId } from './comments.js';
import { PersonShown } from './identity.js';
import { WordChange } from './versions.js';

/**
 * Who changed which paragraph (issue 13). The server records every change of a paragraph's text
 * with the person it authenticated for it (the connection's person, or the person a server
 * write such as a bracket resolution was made for), never with anything a client claims. One
 * record covers a run of changes by one person in one paragraph (until someone else changes
 * it, a minute of quiet, or ten minutes in all).
 */
export const ParagraphChange = z.object({
  id: z.string(),
  /** When the run of changes began (ISO). */
  at: z.string(),
  /** When its latest change was made (ISO); it may still move while the person keeps typing. */
  endedAt: z.string(),
  /** Null for the system's own writes (a reset from the command line). */
  person: PersonShown.nullable(),
  /** The paragraph's text before; null when the change created the paragraph. */
  before: z.string().nullable(),
  /** Its text after; null when the change removed the paragraph. */
  after: z.string().nullable(),
  /** Word-level changes from `before` to `after`. */
  diff: z.array(WordChange),
});
export type ParagraphChange = z.infer<typeof ParagraphChange>;

/** `GET /api/documents/:documentId/paragraphs/:blockId/changes`: oldest first. */
export const ParagraphChanges = z.object({ changes: z.array(ParagraphChange) });
export type ParagraphChanges = z.infer<typeof ParagraphChanges>;

/** A paragraph someone else changed since the caller's previous visit. */
export const ChangedParagraph = z.object({
  blockId: BlockId,
  /** Who changed it (the system's own writes name nobody), in the order of their latest change. */
  people: z.array(PersonShown),
  /** The latest change (ISO). */
  lastAt: z.string(),
});
export type ChangedParagraph = z.infer<typeof ChangedParagraph>;

/** `POST /api/documents/:documentId/visits`: records a visit now; what others changed since the previous one. */
export const DocumentVisit = z.object({
  /** The previous visit (ISO), or null at the first: then nothing is listed as changed. */
  previousVisit: z.string().nullable(),
  changed: z.array(ChangedParagraph),
});
export type DocumentVisit = z.infer<typeof DocumentVisit>;
