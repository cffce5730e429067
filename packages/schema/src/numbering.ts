import * as z from 'zod';
import { fieldMessage } from './field-messages.js';
import { BlockId } from './comments.js';
import { PersonShown } from './identity.js';
import { Id } from './ids.js';

/**
 * Numbers that stay put (issue 13, UN practice). A document's numbering is `live` (paragraphs
 * numbered 1 … n as they stand) or `frozen` at a baseline: the numbered paragraphs of a saved
 * version (or of the live document at a renumber), which keep their numbers; paragraphs added
 * since are labelled "4bis", "4ter" …, and baseline paragraphs since removed show as
 * "6 [deleted]". The labels themselves are derived (`labelParagraphs` in @accord/editor).
 */

/** A paragraph of the baseline: its block id and the number it keeps. */
export const BaselineParagraph = z.object({ blockId: BlockId, number: z.number().int().positive() });
export type BaselineParagraph = z.infer<typeof BaselineParagraph>;

/** `GET /api/documents/:id/numbering`, and the answer of every change. */
export const Numbering = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('live') }),
  z.object({
    mode: z.literal('frozen'),
    baseline: z.array(BaselineParagraph),
    /** When the baseline was set (ISO). */
    frozenAt: z.string(),
    /** The version frozen at; absent after a renumber (the baseline is the live document then). */
    versionId: Id.optional(),
    /** That version's name, for showing. */
    versionName: z.string().optional(),
    /** Who froze or renumbered: a person id, and the person as shown. */
    by: Id,
    byPerson: PersonShown.optional(),
  }),
]);
export type Numbering = z.infer<typeof Numbering>;

/** Body of `PUT /api/documents/:id/numbering`: freeze at a saved version, or go back to live numbers. */
export const SetNumberingBody = z.discriminatedUnion(
  'mode',
  [z.object({ mode: z.literal('live') }).strict(), z.object({ mode: z.literal('frozen'), versionId: Id }).strict()],
  { error: fieldMessage('errors.field.numberingMode') },
);
export type SetNumberingBody = z.infer<typeof SetNumberingBody>;

/**
 * A baseline paragraph no longer numbered in the document, in `GET …/content?format=json`'s
 * `deleted`: shown as "6 [deleted]" between the numbered paragraphs `after` and `before` (block
 * ids; null: at the start / at the end). Renderings draw it just before `before`.
 */
export const DeletedParagraph = z.object({
  blockId: BlockId,
  label: z.string(),
  after: BlockId.nullable(),
  before: BlockId.nullable(),
});
export type DeletedParagraph = z.infer<typeof DeletedParagraph>;
