import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';
import { BlockId } from './comments.js';
import { CountryCode, Email, StakeholderGroupId } from './identity.js';
import { Id } from './ids.js';
import { Locale, OfferRoundLanguageBody } from './languages.js';

/**
 * Public consultation rounds (issue 7): a coordinator opens a round on a frozen version;
 * registered participants from outside the workspace comment on its paragraphs and agree or
 * disagree with them. The round's state is derived from the server's clock, never the client's.
 */

/** An instant as ISO 8601 with an explicit offset; the server stores and answers UTC. */
export const Instant = z.string().datetime({ offset: true, message: fieldMessage('errors.field.instant') });

/** Who may take part: anyone who registers, or only people from the listed organisations. */
export const Participation = z.enum(['anyone', 'listed-organisations']);
export type Participation = z.infer<typeof Participation>;

/** Whether public comments appear at once or only once a coordinator has let them through. */
export const Moderation = z.enum(['immediate', 'after-moderation']);
export type Moderation = z.infer<typeof Moderation>;

/** Where a round stands by the server clock: before `opensAt`, until `closesAt` (or closed early), after. */
export const RoundState = z.enum(['scheduled', 'open', 'closed']);
export type RoundState = z.infer<typeof RoundState>;

/** An organisation's name as listed by the coordinator and typed as affiliation (compared case-insensitively). */
export const OrganisationName = z
  .string()
  .trim()
  .min(1, fieldMessage('errors.field.empty'))
  .max(200, atMost(200))
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), fieldMessage('errors.field.oneLine'));

/** A round's title: one line, 1–200 characters (same rule as an organisation's name). */
export const RoundTitle = OrganisationName;

/** A consultation round as the API answers it. */
export const Round = z.object({
  id: Id,
  documentId: Id,
  versionId: Id,
  title: z.string(),
  introduction: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  participation: Participation,
  /** Present when participation is `listed-organisations`. */
  organisations: z.array(z.string()).optional(),
  moderation: Moderation,
  state: RoundState,
  /** When a coordinator closed the round before `closesAt`; absent otherwise. */
  closedAt: z.string().optional(),
});
export type Round = z.infer<typeof Round>;

/** `GET /api/documents/:id/rounds`: newest first. */
export const RoundList = z.object({ rounds: z.array(Round) });
export type RoundList = z.infer<typeof RoundList>;

/** Body of `POST /api/documents/:id/rounds`. */
export const CreateRoundBody = z
  .object({
    versionId: Id,
    title: RoundTitle,
    introduction: z.string().trim().max(20_000, atMost(20_000)).default(''),
    opensAt: Instant,
    closesAt: Instant,
    participation: Participation.default('anyone'),
    organisations: z.array(OrganisationName).max(500).optional(),
    moderation: Moderation.default('immediate'),
    /** Language versions' saved versions offered beside the round's own (issue 15); more can be offered later. */
    languages: z.array(OfferRoundLanguageBody).max(5).optional(),
  })
  .strict()
  .refine((b) => Date.parse(b.closesAt) > Date.parse(b.opensAt), {
    message: fieldMessage('errors.field.afterOpening'),
    path: ['closesAt'],
  })
  .refine((b) => b.participation !== 'listed-organisations' || (b.organisations?.length ?? 0) > 0, {
    message: fieldMessage('errors.field.organisationsNeeded'),
    path: ['organisations'],
  });
export type CreateRoundBody = z.input<typeof CreateRoundBody>;

/** What a participant lets the public see of them: name and group, or the group only. */
export const ShowOnly = z.enum(['name-and-group', 'group-only']);
export type ShowOnly = z.infer<typeof ShowOnly>;

/** Body of `POST /api/public/rounds/:roundId/participants`. */
export const RegisterParticipantBody = z
  .object({
    name: OrganisationName,
    email: Email,
    stakeholderGroup: StakeholderGroupId,
    country: CountryCode,
    affiliation: z.string().trim().max(200, atMost(200)).default(''),
    showOnly: ShowOnly.default('name-and-group'),
  })
  .strict();
export type RegisterParticipantBody = z.input<typeof RegisterParticipantBody>;

/**
 * A registration's answer, the same whether or not the email registered before: a new,
 * unconfirmed session (`participantId` is the session's id) whose token also arrives as an
 * HttpOnly cookie. A confirmation link is mailed; until it is opened, the session's comments
 * are held and its reactions are not counted.
 */
export const RegisteredParticipant = z.object({ participantId: Id, token: z.string() });
export type RegisteredParticipant = z.infer<typeof RegisteredParticipant>;

/** Body of `POST /api/public/rounds/:roundId/confirmations`: the code from the mailed link (`?confirm=`). */
export const ConfirmParticipantBody = z
  .object({ code: z.string().regex(/^[\w-]{10,100}$/, fieldMessage('errors.field.confirmationCode')) })
  .strict();
export type ConfirmParticipantBody = z.input<typeof ConfirmParticipantBody>;

/** Public comment text: stored raw and always rendered as text. Trimmed, 1–5000 characters. */
export const PublicCommentText = z.string().trim().min(1, fieldMessage('errors.field.empty')).max(5000, atMost(5000));

/**
 * What a public comment is about: a paragraph of the frozen version, a passage in one
 * (character offsets into the paragraph's text plus its quote — the version never changes,
 * so offsets stay valid), or the document in general.
 */
export const PublicCommentAnchor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('general') }).strict(),
  z.object({ kind: z.literal('block'), blockId: BlockId }).strict(),
  z
    .object({
      kind: z.literal('passage'),
      blockId: BlockId,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      quote: z.string().min(1).max(2000),
    })
    .strict()
    .refine((a) => a.end > a.start, { message: fieldMessage('errors.field.afterStart'), path: ['end'] }),
]);
export type PublicCommentAnchor = z.infer<typeof PublicCommentAnchor>;

/**
 * Body of `POST /api/public/rounds/:roundId/comments`. `language`: the language version the
 * commenter read (one the round offers; passages are offsets into its text); absent, the
 * round's own version. Block ids are shared, so the paragraph is the same in every language.
 */
export const PublicCommentBody = z
  .object({ anchor: PublicCommentAnchor, text: PublicCommentText, language: Locale.optional() })
  .strict();
export type PublicCommentBody = z.input<typeof PublicCommentBody>;

/**
 * What posting a public comment answers: whether it is visible yet (moderation stays with
 * coordinators); `awaiting-confirmation` until the author opens the mailed link.
 */
export const PostedComment = z.object({ id: Id, status: z.enum(['published', 'pending', 'awaiting-confirmation']) });
export type PostedComment = z.infer<typeof PostedComment>;

/** A participant's agree or disagree with a paragraph of the round's version. */
export const Reaction = z.enum(['agree', 'disagree']);
export type Reaction = z.infer<typeof Reaction>;

/** How many confirmed participants agree and disagree with one paragraph. */
export const ReactionCounts = z.object({
  agree: z.number().int().nonnegative(),
  disagree: z.number().int().nonnegative(),
});
export type ReactionCounts = z.infer<typeof ReactionCounts>;

/** Body of `POST /api/public/rounds/:roundId/reactions`: one per participant per paragraph, the last counts; null withdraws it. */
export const ReactionBody = z.object({ blockId: BlockId, reaction: Reaction.nullable() }).strict();
export type ReactionBody = z.input<typeof ReactionBody>;

/** Where a public comment stands in moderation. */
export const PublicCommentStatus = z.enum(['published', 'pending', 'hidden']);
export type PublicCommentStatus = z.infer<typeof PublicCommentStatus>;

/** A published comment as any visitor sees it: the author as they chose to be shown. */
export const PublicComment = z.object({
  id: Id,
  roundId: Id,
  anchor: PublicCommentAnchor,
  text: z.string(),
  author: z.object({ name: z.string().optional(), stakeholderGroup: z.string(), country: z.string().optional() }),
  createdAt: z.string(),
  /** The language version it was made on (issue 15); absent when made on the round's own version. */
  language: Locale.optional(),
});
export type PublicComment = z.infer<typeof PublicComment>;

/** `GET /api/public/rounds/:roundId/comments`: published comments only, oldest first. */
export const PublicCommentList = z.object({ comments: z.array(PublicComment) });
export type PublicCommentList = z.infer<typeof PublicCommentList>;

/** Body of the flag moderation action: an optional note for the other coordinators. */
export const FlagCommentBody = z.object({ note: z.string().trim().max(1000).optional() }).strict();
export type FlagCommentBody = z.input<typeof FlagCommentBody>;

/** Body of the hide moderation action: the reason is required and kept in the round's events. */
export const HideCommentBody = z
  .object({ reason: z.string().trim().min(1, fieldMessage('errors.field.reason')).max(1000) })
  .strict();
export type HideCommentBody = z.input<typeof HideCommentBody>;

/** Body of the restore (publish) moderation action. */
export const RestoreCommentBody = z.object({ note: z.string().trim().max(1000).optional() }).strict();
export type RestoreCommentBody = z.input<typeof RestoreCommentBody>;

/** A public comment with its moderation state, as coordinators see it in the moderation queue. */
export const ModeratedComment = PublicComment.extend({
  status: PublicCommentStatus,
  hiddenReason: z.string().optional(),
  flagged: z.boolean(),
});
export type ModeratedComment = z.infer<typeof ModeratedComment>;

/** `GET /api/rounds/:roundId/moderation`: every comment, oldest first. */
export const ModerationQueue = z.object({ comments: z.array(ModeratedComment) });
export type ModerationQueue = z.infer<typeof ModerationQueue>;

/**
 * `GET /api/public/rounds/:roundId/participant`: who the participant cookie (or
 * `X-Participant-Token`) belongs to, with their own agree/disagree per paragraph; 401 when none.
 */
export const PublicParticipant = z.object({
  participantId: Id,
  name: z.string(),
  showOnly: ShowOnly,
  reactions: z.record(z.string(), Reaction),
  /** False until the email is confirmed through this browser's mailed link: its comments are held, its reactions not counted. */
  confirmed: z.boolean(),
});
export type PublicParticipant = z.infer<typeof PublicParticipant>;

/** What opening a confirmation link answers; the token also arrives as an HttpOnly cookie. */
export const ConfirmedParticipant = z.object({ token: z.string(), participant: PublicParticipant });
export type ConfirmedParticipant = z.infer<typeof ConfirmedParticipant>;
