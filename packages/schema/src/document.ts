import * as z from 'zod';
import { Id } from './ids.js';

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
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** Titles are shown in lists and exports: trimmed, not empty, one line, of sane length. */
export const DocumentTitle = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(300, 'must be at most 300 characters')
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'must be one line without control characters');

/** Body of `POST /api/workspaces/:workspaceId/documents`. */
export const CreateDocumentBody = z
  .object({
    title: DocumentTitle,
    kind: DocumentKind.default('outcome'),
  })
  .strict();
export type CreateDocumentBody = z.input<typeof CreateDocumentBody>;
