import { z } from 'zod';

/** How `GET /api/documents/:id/content` renders a document. */
export const ContentFormat = z.enum(['json', 'markdown', 'html']);
export type ContentFormat = z.infer<typeof ContentFormat>;

/** One block of a rendered document: stable id, derived margin number (body paragraphs only). */
export const ContentBlock = z.object({
  id: z.string(),
  number: z.number().int().positive().nullable(),
  type: z.enum(['paragraph', 'heading', 'quote', 'list', 'listitem']),
  tag: z.string().optional(),
  text: z.string(),
});
export type ContentBlock = z.infer<typeof ContentBlock>;

/** `GET /api/documents/:id/content?format=json` */
export const DocumentContent = z.object({
  documentId: z.string(),
  title: z.string(),
  paragraphs: z.array(ContentBlock),
});
export type DocumentContent = z.infer<typeof DocumentContent>;
