/**
 * `GET /api/public/versions/:versionId` (issue 14, slice C: server/src/endorsement/views.ts):
 * an endorsed version for anyone, no session. Its shape is not in @accord/schema, so it is
 * declared here and read into the page's own shape (the note numbers the exports use kept).
 * Anything not published answers 404, like the unknown.
 */
import { ContributionKind } from '@accord/schema';
import * as z from 'zod';
import { request } from '../api.js';

const Source = z.object({ contributionId: z.string(), organisation: z.string(), paragraph: z.number().optional() });

const AnnexEntry = z.object({
  contributionId: z.string(),
  title: z.string(),
  organisation: z.string(),
  kind: ContributionKind.or(z.string()),
  country: z.string(),
  submittedAt: z.string(),
});
export type AnnexEntry = z.infer<typeof AnnexEntry>;

const Paragraph = z.object({
  id: z.string(),
  /** `heading`, `paragraph`, `quote`, `listitem`. */
  type: z.string(),
  tag: z.string().optional(),
  label: z.string().nullable(),
  text: z.string(),
  sources: z.array(Source).default([]),
  /** The note's number in the exports, when the paragraph cites sources. */
  note: z.number().int().nullable().default(null),
});

const Wire = z.object({
  versionId: z.string(),
  title: z.string(),
  name: z.string(),
  savedAt: z.string(),
  endorsement: z.object({ endorsedAt: z.string(), text: z.string().optional() }),
  paragraphs: z.array(Paragraph),
  annex: z.array(AnnexEntry).default([]),
});

export interface PublishedParagraph {
  blockId: string | null;
  label: string | null;
  text: string;
  heading: boolean;
  sources: z.infer<typeof Source>[];
  /** The exports' note number; null to number here. */
  note?: number | null;
}

export interface PublishedVersion {
  versionId: string;
  title: string;
  versionName: string;
  savedAt: string;
  endorsedAt: string;
  paragraphs: PublishedParagraph[];
  annex: AnnexEntry[];
}

/** The wire's variants to one shape. */
export const PublishedVersionSchema = Wire.transform(
  (w): PublishedVersion => ({
    versionId: w.versionId,
    title: w.title,
    versionName: w.name,
    savedAt: w.savedAt,
    endorsedAt: w.endorsement.endorsedAt,
    paragraphs: w.paragraphs.map((p) => ({
      blockId: p.id,
      label: p.label,
      text: p.text,
      heading: p.type === 'heading',
      sources: p.sources,
      note: p.note,
    })),
    annex: w.annex,
  }),
);

export const getPublishedVersion = (versionId: string, signal?: AbortSignal) =>
  request(`/api/public/versions/${encodeURIComponent(versionId)}`, PublishedVersionSchema, {
    signal,
    expectUnauthenticated: true,
  });
