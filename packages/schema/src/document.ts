import { LOCALES } from '@accord/i18n';
import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';
import { Id } from './ids.js';

/** A document's language: one of the six UN languages (`Locale` in languages.ts; spelled here so this module imports none of its users). */
const DocumentLanguage = z.enum(LOCALES);

/** What a document is for; it decides defaults later (numbering, templates, exports). */
export const DocumentKind = z.enum(['outcome', 'compilation', 'summary', 'report', 'message', 'guide', 'other']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A document's record; its content lives in the collaboration layer, not here. */
export const DocumentRecord = z.object({
  id: Id,
  workspaceId: Id,
  title: z.string(),
  kind: DocumentKind,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The language the document is written in (issue 15); `en` unless chosen. */
  language: DocumentLanguage.default('en'),
  /**
   * Set on a language version: the original it translates, paragraph by paragraph (same block
   * ids). Null on an original; versions hang off the original, never off another version.
   */
  originalId: Id.nullable().default(null),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

const TITLE_MAX = 300;

/** Titles are shown in lists and exports: trimmed, not empty, one line, of sane length. */
export const DocumentTitle = z
  .string()
  .trim()
  .min(1, fieldMessage('errors.field.empty'))
  .max(TITLE_MAX, atMost(TITLE_MAX))
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), fieldMessage('errors.field.oneLine'));

/**
 * A derived document's title: `title` then `suffix` ("… — from Draft 2", "… (Français)"), the
 * title cut so that the whole stays within a title's 300 characters and the suffix is kept.
 */
export function titleWithSuffix(title: string, suffix: string): string {
  return `${title.slice(0, Math.max(1, TITLE_MAX - suffix.length))}${suffix}`.slice(0, TITLE_MAX);
}

/** Body of `POST /api/workspaces/:workspaceId/documents`. */
export const CreateDocumentBody = z
  .object({
    title: DocumentTitle,
    kind: DocumentKind.default('outcome'),
    /** The language it is written in; language versions of it are made later (`POST /api/documents/:id/languages`). */
    language: DocumentLanguage.default('en'),
  })
  .strict();
export type CreateDocumentBody = z.input<typeof CreateDocumentBody>;
