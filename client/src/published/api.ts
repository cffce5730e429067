/**
 * `GET /api/public/versions/:versionId` (issue 14, slice C): an endorsed or published version
 * for anyone, no session. The shape is not in @accord/schema, so it is read here tolerantly:
 * the stamp as `endorsement.endorsedAt` or `endorsedAt`, the version's name as `versionName`
 * or `name`, sources and annex optional. Anything not published answers 404, like the unknown.
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
  blockId: z.string().optional(),
  label: z.string().nullable().optional(),
  text: z.string(),
  /** `heading`, `paragraph`, `listitem`… when the server says. */
  kind: z.string().optional(),
  sources: z.array(Source).optional(),
});

const Wire = z.object({
  versionId: z.string(),
  title: z.string(),
  versionName: z.string().optional(),
  name: z.string().optional(),
  createdAt: z.string().optional(),
  endorsedAt: z.string().optional(),
  endorsement: z.object({ endorsedAt: z.string() }).nullable().optional(),
  paragraphs: z.array(Paragraph),
  annex: z.array(AnnexEntry).optional(),
});

export interface PublishedParagraph {
  blockId: string | null;
  label: string | null;
  text: string;
  heading: boolean;
  sources: z.infer<typeof Source>[];
}

export interface PublishedVersion {
  versionId: string;
  title: string;
  versionName: string | null;
  endorsedAt: string | null;
  paragraphs: PublishedParagraph[];
  annex: AnnexEntry[];
}

/** The wire's variants to one shape. */
export const PublishedVersionSchema = Wire.transform(
  (w): PublishedVersion => ({
    versionId: w.versionId,
    title: w.title,
    versionName: w.versionName ?? w.name ?? null,
    endorsedAt: w.endorsement?.endorsedAt ?? w.endorsedAt ?? null,
    paragraphs: w.paragraphs.map((p) => ({
      blockId: p.blockId ?? null,
      label: p.label ?? null,
      text: p.text,
      heading: p.kind === 'heading' || /^h[1-6]$/.test(p.kind ?? ''),
      sources: p.sources ?? [],
    })),
    annex: w.annex ?? [],
  }),
);

export const getPublishedVersion = (versionId: string, signal?: AbortSignal) =>
  request(`/api/public/versions/${encodeURIComponent(versionId)}`, PublishedVersionSchema, {
    signal,
    expectUnauthenticated: true,
  });
