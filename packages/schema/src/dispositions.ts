import * as z from 'zod';
import { atMost } from './field-messages.js';
import { ContentBlock } from './content.js';
import { PersonShown } from './identity.js';
import { Id } from './ids.js';
import { Locale, RoundLanguage } from './languages.js';
import { PublicComment, ReactionCounts, Round } from './rounds.js';
import { ParagraphDiff, VersionName, VersionRef } from './versions.js';

/**
 * Processing a closed consultation round (issue 7): every published comment gets a
 * disposition and a response, and the comment-response report is built from them. Only
 * published comments are processed and reported — pending and hidden ones never appear here.
 */

/** What the group decided about a comment. */
export const Disposition = z.enum(['accepted', 'partly-accepted', 'not-accepted', 'noted', 'out-of-scope']);
export type Disposition = z.infer<typeof Disposition>;

/** Labels as the report and the UI show them. */
export const dispositionLabels: Record<Disposition, string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  noted: 'Noted',
  'out-of-scope': 'Out of scope',
};

/** The group's response to one comment: trimmed, at most 5000 characters, stored raw and shown as text. */
export const ResponseText = z.string().trim().max(5000, atMost(5000));

/** Body of `PUT /api/rounds/:roundId/comments/:commentId/disposition`. */
export const DispositionBody = z
  .object({
    disposition: Disposition,
    response: ResponseText.default(''),
    /** The live paragraph this comment changed, by block id; must exist in the live document. */
    changedBlockId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict();
export type DispositionBody = z.input<typeof DispositionBody>;

/** A recorded disposition. */
export const CommentDisposition = z.object({
  commentId: Id,
  disposition: Disposition,
  response: z.string(),
  changedBlockId: z.string().nullable(),
  decidedAt: z.string(),
  decidedBy: PersonShown,
});
export type CommentDisposition = z.infer<typeof CommentDisposition>;

/** A published comment with its disposition, if it has one yet. */
export const ProcessedComment = PublicComment.extend({ disposition: CommentDisposition.nullable() });
export type ProcessedComment = z.infer<typeof ProcessedComment>;

/**
 * One paragraph of the frozen version with the comments on it and the same paragraph in the
 * live document now (matched by block id; null when it has since been deleted).
 */
export const ProcessingParagraph = z.object({
  frozen: ContentBlock,
  live: ContentBlock.nullable(),
  reactions: ReactionCounts,
  comments: z.array(ProcessedComment),
  /** The paragraph as consulted against the live one, word by word (the versions comparison's diff). */
  change: ParagraphDiff.optional(),
});
export type ProcessingParagraph = z.infer<typeof ProcessingParagraph>;

/** N of M published comments have a disposition. */
export const ProcessingProgress = z.object({
  processed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ProcessingProgress = z.infer<typeof ProcessingProgress>;

/** The revised version published in answer to a round, which links the report. */
export const RoundRevision = VersionRef.extend({ publishedAt: z.string() });
export type RoundRevision = z.infer<typeof RoundRevision>;

/**
 * `GET /api/rounds/:roundId/processing`: general comments first, then every paragraph of the
 * frozen version in order (also those without comments, so the view reads as the document).
 */
export const RoundProcessing = z.object({
  round: Round,
  general: z.array(ProcessedComment),
  paragraphs: z.array(ProcessingParagraph),
  /** Live paragraphs the disposition form may link to, in live order. */
  liveParagraphs: z.array(ContentBlock),
  progress: ProcessingProgress,
  /** Comments still waiting for a coordinator to publish or hide them: they are not processed until then. */
  awaitingModeration: z.number().int().nonnegative().default(0),
  revision: RoundRevision.nullable(),
});
export type RoundProcessing = z.infer<typeof RoundProcessing>;

/** How the comment-response report can be downloaded. */
export const ReportFormat = z.enum(['markdown', 'html', 'docx', 'csv']);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** Body of `POST /api/rounds/:roundId/revision`: saves the live document as the revised version and links the report. */
export const PublishRevisionBody = z
  .object({ name: VersionName.default('Revised version'), note: z.string().trim().max(2000).optional() })
  .strict();
export type PublishRevisionBody = z.input<typeof PublishRevisionBody>;

/** `GET /api/public/rounds/:roundId` */
export const PublicRoundPage = z.object({
  round: Round,
  /** The frozen version under consultation: the document's title then, the version's name and date. */
  version: z.object({ title: z.string(), name: z.string(), createdAt: z.string() }),
  paragraphs: z.array(ContentBlock),
  reactions: z.record(z.string(), ReactionCounts),
  serverTime: z.string(),
  /** Set once the revised version is published: the report is then public too. */
  revision: RoundRevision.nullable(),
  /**
   * Issue 15: the language `version` and `paragraphs` are in (`?language=` chooses among those
   * offered; their numbers are the round's own version's), and every language the round offers.
   */
  language: Locale.optional(),
  languages: z.array(RoundLanguage).optional(),
});
export type PublicRoundPage = z.infer<typeof PublicRoundPage>;

/** A published comment's answer as the public reads it once the report is out; who decided is not named. */
export const PublicAnswer = z.object({ commentId: Id, disposition: Disposition, response: z.string() });
export type PublicAnswer = z.infer<typeof PublicAnswer>;

/**
 * `GET /api/public/rounds/:roundId/outcome`, once the revised version is published (404 before):
 * the answer to every published comment (the public report holds them all anyway), which of
 * them are the asking participant's own — known from their session, never from the request —
 * and the consulted text compared with the revised version, paragraph by paragraph.
 */
export const PublicRoundOutcome = z.object({
  revision: RoundRevision,
  answers: z.array(PublicAnswer),
  /** Ids of the published comments of this browser's participant; empty for anyone not confirmed here. */
  yours: z.array(Id),
  paragraphs: z.array(ParagraphDiff),
});
export type PublicRoundOutcome = z.infer<typeof PublicRoundOutcome>;
