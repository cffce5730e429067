import * as z from 'zod';
import { FormattedRun, FrozenAlternatives, ListPlace } from './formatting.js';
import { DeletedParagraph } from './numbering.js';

/** How `GET /api/documents/:id/content` renders a document. */
export const ContentFormat = z.enum(['json', 'markdown', 'html']);
export type ContentFormat = z.infer<typeof ContentFormat>;

/** One block of a rendered document: stable id, derived margin number (body paragraphs only). */
export const ContentBlock = z.object({
  id: z.string(),
  number: z.number().int().positive().nullable(),
  /**
   * What readers see as the paragraph's number: the ordinal as text, or while numbering is frozen
   * "4", "4bis" (see numbering.ts). Numbered blocks only; absent in versions saved before labels.
   */
  label: z.string().optional(),
  type: z.enum(['paragraph', 'heading', 'quote', 'list', 'listitem']),
  tag: z.string().optional(),
  text: z.string(),
  /** The text with its formatting, links and brackets (absent in versions saved before they were kept). */
  runs: z.array(FormattedRun).optional(),
  /** A list item's list: numbered or bulleted, and its depth. */
  list: ListPlace.optional(),
  /** In a version: the alternatives proposed to its brackets when it was saved (only brackets that had some). */
  alternatives: z.array(FrozenAlternatives).optional(),
  /** In a compilation: the contributions this paragraph came from (issue 14); absent where it has none. */
  sources: z.array(z.object({ contributionId: z.string(), organisation: z.string() })).optional(),
});
export type ContentBlock = z.infer<typeof ContentBlock>;

/** `GET /api/documents/:id/content?format=json` */
export const DocumentContent = z.object({
  documentId: z.string(),
  title: z.string(),
  paragraphs: z.array(ContentBlock),
  /** While numbering is frozen: the baseline paragraphs no longer in the document, each after the paragraph it followed. */
  deleted: z.array(DeletedParagraph).optional(),
});
export type DocumentContent = z.infer<typeof DocumentContent>;
