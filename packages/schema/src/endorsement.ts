import * as z from 'zod';
import { fieldMessage } from './field-messages.js';
import { ContributionKind } from './compilation.js';
import { ListPlace } from './formatting.js';
import { Id } from './ids.js';
import { PersonShown } from './identity.js';
import { Instant } from './rounds.js';

/**
 * Endorsement by silence procedure (issue 14): a coordinator puts a saved version to the
 * workspace with a deadline; any member may break silence with a reason before it; with no
 * objection by the deadline (server clock) the version is endorsed.
 */

/** `POST /api/documents/:id/endorsements`. */
export const StartSilenceBody = z
  .object({ versionId: Id, deadline: Instant, note: z.string().trim().max(2000).optional() })
  .strict();

/** `POST /api/endorsements/:id/objections`: breaking silence. */
export const ObjectionBody = z
  .object({ reason: z.string().trim().min(1, fieldMessage('errors.field.objection')).max(5000) })
  .strict();

/** `running` until the deadline; then `endorsed` (no objection) or `not-endorsed` (one or more). */
export const SilenceState = z.enum(['running', 'endorsed', 'not-endorsed']);
export type SilenceState = z.infer<typeof SilenceState>;

export const Objection = z.object({ id: Id, by: PersonShown, reason: z.string(), at: z.string() });

export const SilenceProcedure = z.object({
  id: Id,
  documentId: Id,
  versionId: Id,
  versionName: z.string(),
  deadline: z.string(),
  note: z.string().nullable(),
  state: SilenceState,
  startedAt: z.string(),
  startedBy: PersonShown,
  objections: z.array(Objection),
  /** Present once endorsed: the public page of the endorsed version. */
  publicPath: z.string().optional(),
});
export type SilenceProcedure = z.infer<typeof SilenceProcedure>;

export const SilenceProcedureList = z.object({ procedures: z.array(SilenceProcedure) });

/** A source as a published version cites it. */
export const CitedSource = z.object({
  contributionId: z.string(),
  organisation: z.string(),
  paragraph: z.number().optional(),
});
export type CitedSource = z.infer<typeof CitedSource>;

/** One line of the annex "Contributions": every contribution to the document's calls when the version was saved. */
export const AnnexEntry = z.object({
  contributionId: z.string(),
  title: z.string(),
  organisation: z.string(),
  kind: ContributionKind,
  country: z.string(),
  /** ISO instant the contribution was submitted. */
  submittedAt: z.string(),
});
export type AnnexEntry = z.infer<typeof AnnexEntry>;

/** `GET /api/public/versions/:versionId`: an endorsed version for anyone to read (404 for anything else). */
export const PublishedVersion = z.object({
  versionId: z.string(),
  documentId: z.string(),
  title: z.string(),
  name: z.string(),
  savedAt: z.string(),
  endorsement: z.object({ procedureId: z.string(), endorsedAt: z.string(), text: z.string() }),
  /** The blocks in order; `label` is the paragraph's number as frozen ("4bis"), null when not numbered. */
  paragraphs: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['paragraph', 'heading', 'quote', 'list', 'listitem']),
      tag: z.string().optional(),
      list: ListPlace.optional(),
      label: z.string().nullable(),
      text: z.string(),
      /** The organisations cited, with the note's number in the exports. */
      sources: z.array(CitedSource),
      note: z.number().int().nullable(),
    }),
  ),
  annex: z.array(AnnexEntry.extend({ kindLabel: z.string(), date: z.string() })),
});
export type PublishedVersion = z.infer<typeof PublishedVersion>;
