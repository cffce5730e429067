/**
 * `GET /api/public/versions/:versionId` (issue 14): an endorsed version for anyone, no session,
 * read into the page's own shape (the note numbers the exports use kept). Anything not
 * published answers 404, like the unknown.
 */
import { type AnnexEntry, type CitedSource, PublishedVersion as Wire } from '@accord/schema';
import { request } from '../api.js';

export type { AnnexEntry };

export interface PublishedParagraph {
  blockId: string | null;
  label: string | null;
  text: string;
  heading: boolean;
  sources: CitedSource[];
  /** The exports' note number; null to number here. */
  note?: number | null;
}

export interface PublishedPage {
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
  (w): PublishedPage => ({
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
