import * as z from 'zod';
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
  .object({ reason: z.string().trim().min(1, 'say why you break silence').max(5000) })
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
