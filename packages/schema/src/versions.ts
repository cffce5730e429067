import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';
import { ContentBlock } from './content.js';
import { FormattedRun } from './formatting.js';
import { ParagraphStatus } from './consensus.js';
import { Id } from './ids.js';
import { PersonShown } from './identity.js';

/**
 * Named versions (issue 7): a frozen copy of a document — its Yjs state and its rendered blocks
 * at the moment a coordinator saved it — that never changes afterwards. Versions are compared
 * paragraph by paragraph through the stable block ids, and a new draft can be started from one.
 */

/** A version's name as typed: trimmed, 1–200 characters, one line. */
export const VersionName = z
  .string()
  .trim()
  .min(1, fieldMessage('errors.field.empty'))
  .max(200, atMost(200))
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), fieldMessage('errors.field.oneLine'));

/** Body of `POST /api/documents/:id/versions`. */
export const CreateVersionBody = z
  .object({
    name: VersionName,
    note: z.string().trim().max(2000, atMost(2000)).optional(),
  })
  .strict();
export type CreateVersionBody = z.input<typeof CreateVersionBody>;

/** A version another document or version was started from. */
export const VersionRef = z.object({ documentId: z.string(), versionId: z.string(), name: z.string() });
export type VersionRef = z.infer<typeof VersionRef>;

/** A saved version's record (its content is fetched separately). */
export const Version = z.object({
  id: Id,
  documentId: Id,
  name: z.string(),
  note: z.string().optional(),
  /** The document's title when the version was saved. */
  title: z.string(),
  createdAt: z.string(),
  createdBy: PersonShown,
  /** Set when the document itself was started from a version (of this or another document). */
  basedOn: VersionRef.optional(),
  /** Set when this is the revised version published in answer to a consultation round: its report is public. */
  answersRound: z.object({ roundId: z.string(), title: z.string() }).optional(),
});
export type Version = z.infer<typeof Version>;

/** `GET /api/documents/:id/versions`: newest first, with the version the document was started from. */
export const VersionList = z.object({ versions: z.array(Version), origin: VersionRef.optional() });
export type VersionList = z.infer<typeof VersionList>;

/** A run of a block's text: plain, or bracketed (text still under negotiation). */
export const VersionSegment = z.object({ text: z.string(), bracket: z.boolean() });
export type VersionSegment = z.infer<typeof VersionSegment>;

/** A block as frozen in a version: the JSON rendering plus its bracketed runs and its consensus status then. */
export const VersionBlock = ContentBlock.extend({
  segments: z.array(VersionSegment),
  /** The paragraph's status when the version was saved; null when none was ever set. */
  status: ParagraphStatus.nullable(),
});
export type VersionBlock = z.infer<typeof VersionBlock>;

/** `GET /api/documents/:id/versions/:versionId/content?format=json` */
export const VersionContent = z.object({ version: Version, paragraphs: z.array(VersionBlock) });
export type VersionContent = z.infer<typeof VersionContent>;

/** How a version can be exported. */
export const VersionFormat = z.enum(['json', 'markdown', 'html', 'docx']);
export type VersionFormat = z.infer<typeof VersionFormat>;

/** One step of a word-level diff; concatenating `equal`+`delete` gives the old text, `equal`+`insert` the new. */
export const WordChange = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type WordChange = z.infer<typeof WordChange>;

/** What happened to a paragraph between two states, matched by block id. */
export const ParagraphChangeKind = z.enum(['added', 'removed', 'moved', 'changed', 'unchanged']);
export type ParagraphChangeKind = z.infer<typeof ParagraphChangeKind>;

/**
 * One paragraph of a comparison. `kind` is the main fact; `moved` is also true for a changed
 * paragraph whose position changed. A paragraph split with Enter keeps its id on the first
 * part: that part is `changed` and the rest is `added`, with `splitFrom` naming the first part.
 */
export const ParagraphDiff = z.object({
  id: z.string(),
  kind: ParagraphChangeKind,
  moved: z.boolean(),
  type: ContentBlock.shape.type,
  tag: z.string().optional(),
  fromNumber: z.number().int().positive().nullable(),
  toNumber: z.number().int().positive().nullable(),
  /** The numbers as that side showed them ("4bis") when its numbering was frozen (issue 13); else absent. */
  fromLabel: z.string().optional(),
  toLabel: z.string().optional(),
  /** The text before (absent for added paragraphs). */
  fromText: z.string().optional(),
  /** The text after (absent for removed paragraphs). */
  toText: z.string().optional(),
  /** The text before and after with its formatting and brackets (absent where that side kept no runs). */
  fromRuns: z.array(FormattedRun).optional(),
  toRuns: z.array(FormattedRun).optional(),
  /** Word-level changes, for changed paragraphs only. */
  words: z.array(WordChange).optional(),
  splitFrom: z.string().optional(),
});
export type ParagraphDiff = z.infer<typeof ParagraphDiff>;

/** A side of a comparison: a saved version or the live document as it is now. */
export const CompareSide = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('version'), version: Version }),
  z.object({ kind: z.literal('live'), title: z.string() }),
]);
export type CompareSide = z.infer<typeof CompareSide>;

/** `GET /api/documents/:id/compare?from=…&to=…`: paragraphs in the new order, removed ones where they were. */
export const VersionComparison = z.object({
  documentId: z.string(),
  from: CompareSide,
  to: CompareSide,
  paragraphs: z.array(ParagraphDiff),
  counts: z.record(ParagraphChangeKind, z.number().int().nonnegative()),
});
export type VersionComparison = z.infer<typeof VersionComparison>;

/** `POST /api/documents/:id/versions/:versionId/restore`: the new draft. */
export const RestoredDraft = z.object({ documentId: z.string(), title: z.string(), basedOn: VersionRef });
export type RestoredDraft = z.infer<typeof RestoredDraft>;

/**
 * `POST /api/documents/:id/versions/:versionId/reset`: the live document now holds the version's
 * content. Top-level blocks already as in the version were kept; `rebuilt` when the live state
 * could not be read and was replaced whole.
 */
export const DocumentReset = z.object({
  documentId: z.string(),
  version: VersionRef,
  kept: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  rebuilt: z.boolean(),
});
export type DocumentReset = z.infer<typeof DocumentReset>;
