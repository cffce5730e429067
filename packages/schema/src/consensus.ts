import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';
import { BlockId } from './comments.js';
import { Id } from './ids.js';
import { PersonShown, StakeholderGroupId } from './identity.js';
import { Numbering } from './numbering.js';

/**
 * Tracked consensus: paragraph status, bracketed text with alternatives, positions, and the
 * register of differences. Like comments, every record here is server-authoritative: written
 * only through the REST API (which decides who may), recorded with who and when, and sent to
 * browsers over a read-only live channel. Only the brackets themselves are document structure
 * (a Lexical `BracketNode` with a stable bracket id, edited like any text); their alternatives
 * and resolutions are records keyed by that id.
 */

/** Where a paragraph stands, from first draft to agreement. */
export const ParagraphStatus = z.enum(['drafting', 'under-discussion', 'contested', 'agreed-ad-ref', 'agreed']);
export type ParagraphStatus = z.infer<typeof ParagraphStatus>;

/** Statuses that mean "agreed" (ad referendum or final): they need a bracket-free text and are watched for changes. */
export const agreedStatuses: readonly ParagraphStatus[] = ['agreed-ad-ref', 'agreed'];

/** A stable bracket id (Lexical NodeState `bid` of a `BracketNode`). */
export const BracketId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, fieldMessage('errors.field.bracketId'));
export type BracketId = z.infer<typeof BracketId>;

/** An optional note or reason: trimmed, at most 2,000 characters, shown as plain text. */
export const ConsensusNote = z.string().trim().max(2000, atMost(2000));

/** Text proposed as an alternative to bracketed language: one line or several, 1–5,000 characters. */
export const AlternativeText = z.string().trim().min(1, fieldMessage('errors.field.empty')).max(5000, atMost(5000));

/** One recorded change (or proposed change) of a paragraph's status. */
export const StatusChange = z.object({
  seq: z.number().int().positive(),
  blockId: BlockId,
  /** `set` by a coordinator (the status changed, or an agreement was re-confirmed); `proposed` by a member (nothing changed). */
  kind: z.enum(['set', 'proposed']),
  from: ParagraphStatus,
  to: ParagraphStatus,
  note: z.string(),
  actor: PersonShown,
  at: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** A position on a paragraph. `support-with-reservation` counts as support in the score; `abstain` counts as not responding. */
export const PositionKind = z.enum(['support', 'support-with-reservation', 'oppose', 'abstain']);
export type PositionKind = z.infer<typeof PositionKind>;

/** A person's current position on a paragraph, counted under the stakeholder group they belonged to when recording it (members sit in a personal capacity). */
export const Position = z.object({
  blockId: BlockId,
  person: PersonShown,
  /** The stakeholder group the position counts for (the person's group when they recorded it). */
  stakeholderGroup: StakeholderGroupId,
  position: PositionKind,
  reason: z.string(),
  at: z.string(),
});
export type Position = z.infer<typeof Position>;

/** How one stakeholder group stands on a paragraph. */
export const GroupAggregate = z.object({
  stakeholderGroup: StakeholderGroupId,
  /** The group's display name. */
  name: z.string(),
  support: z.number().int().nonnegative(),
  supportWithReservation: z.number().int().nonnegative(),
  oppose: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
  /** support + support-with-reservation + oppose (abstentions do not respond). */
  respondents: z.number().int().nonnegative(),
  /** (supporters + 1) / (respondents + 2): the group's smoothed agreement, in (0, 1). */
  agreement: z.number(),
});
export type GroupAggregate = z.infer<typeof GroupAggregate>;

/**
 * The consensus score of a paragraph: the product over responding groups of their
 * `agreement`; null when no group has responded (see docs/CONSENSUS.md).
 */
export const ConsensusScore = z.number().min(0).max(1).nullable();

/** An alternative to a bracket's text, attributed to its proposer and their stakeholder group. */
export const BracketAlternative = z.object({
  id: Id,
  bracketId: BracketId,
  /** "Alt 1", "Alt 2", … in order of proposal. */
  label: z.string(),
  text: z.string(),
  proposedBy: PersonShown,
  /** The stakeholder group on whose behalf it was proposed (the proposer's group at that time). */
  stakeholderGroup: StakeholderGroupId,
  at: z.string(),
});
export type BracketAlternative = z.infer<typeof BracketAlternative>;

/** How a coordinator resolved a bracket. */
export const BracketResolution = z.object({
  bracketId: BracketId,
  /** `bracketed` kept the bracketed text (brackets removed); `alternative` replaced it by `alternativeId`'s text. */
  choice: z.enum(['bracketed', 'alternative']),
  alternativeId: Id.nullable(),
  /** The text that replaced the bracket. */
  text: z.string(),
  /** The bracketed text as it was when resolved. */
  previousText: z.string(),
  note: z.string(),
  resolvedBy: PersonShown,
  at: z.string(),
});
export type BracketResolution = z.infer<typeof BracketResolution>;

/** A bracket: open when it is in the document, resolved when a coordinator chose its text. */
export const Bracket = z.object({
  id: BracketId,
  /** The block holding it now; null when it is no longer in the document. */
  blockId: BlockId.nullable(),
  /** Its text now (or, when gone, at resolution; '' when removed by an edit). */
  text: z.string(),
  state: z.enum(['open', 'resolved', 'removed']),
  alternatives: z.array(BracketAlternative),
  resolution: BracketResolution.nullable(),
});
export type Bracket = z.infer<typeof Bracket>;

/** The consensus view of one paragraph. */
export const ParagraphConsensus = z.object({
  blockId: BlockId,
  /** The paragraph number, null for unnumbered blocks. */
  number: z.number().int().positive().nullable(),
  /** The number as readers see it: "4bis" while numbering is frozen (numbering.ts), else the ordinal; numbered blocks only. */
  label: z.string().optional(),
  /** Plain text. */
  text: z.string(),
  /** Text with each bracket shown as `[…]`. */
  bracketedText: z.string(),
  status: ParagraphStatus,
  /** True when the text of an agreed (or agreed ad ref) paragraph changed since a coordinator agreed it. */
  changedSinceAgreed: z.boolean(),
  /** When and by whom the current status was set; null while still `drafting` by default. */
  statusSetAt: z.string().nullable(),
  statusSetBy: PersonShown.nullable(),
  /** Proposals made since the status was last set, oldest first. */
  proposals: z.array(StatusChange),
  /** Brackets in this paragraph, in text order (open ones), then resolved ones of this paragraph. */
  brackets: z.array(Bracket),
  openBrackets: z.number().int().nonnegative(),
  positions: z.array(Position),
  groups: z.array(GroupAggregate),
  score: ConsensusScore,
});
export type ParagraphConsensus = z.infer<typeof ParagraphConsensus>;

/** `GET /api/documents/:documentId/consensus`: every block with consensus data or a number, in document order. */
export const DocumentConsensus = z.object({
  documentId: Id,
  title: z.string(),
  paragraphs: z.array(ParagraphConsensus),
});
export type DocumentConsensus = z.infer<typeof DocumentConsensus>;

/** Body of `PUT /api/documents/:documentId/paragraphs/:blockId/status` (coordinators) and `POST …/status-proposals` (members). */
export const StatusBody = z.object({ status: ParagraphStatus, note: ConsensusNote.default('') }).strict();
export type StatusBody = z.input<typeof StatusBody>;

/** Body of `PUT /api/documents/:documentId/paragraphs/:blockId/position`. */
export const PositionBody = z.object({ position: PositionKind, reason: ConsensusNote.default('') }).strict();
export type PositionBody = z.input<typeof PositionBody>;

/** Body of `POST /api/documents/:documentId/brackets/:bracketId/alternatives`. */
export const AlternativeBody = z.object({ text: AlternativeText }).strict();
export type AlternativeBody = z.input<typeof AlternativeBody>;

/** Body of `POST /api/documents/:documentId/brackets/:bracketId/resolution`: keep the bracketed text, or choose an alternative. */
export const ResolveBracketBody = z.discriminatedUnion('choice', [
  z.object({ choice: z.literal('bracketed'), note: ConsensusNote.default('') }).strict(),
  z.object({ choice: z.literal('alternative'), alternativeId: Id, note: ConsensusNote.default('') }).strict(),
]);
export type ResolveBracketBody = z.input<typeof ResolveBracketBody>;

/** `GET /api/documents/:documentId/paragraphs/:blockId/history`: status changes and position history, oldest first. */
export const ParagraphHistory = z.object({
  statusChanges: z.array(StatusChange),
  positions: z.array(Position),
});
export type ParagraphHistory = z.infer<typeof ParagraphHistory>;

/** Counts of paragraphs by status. */
export const StatusCounts = z.object({
  drafting: z.number().int().nonnegative(),
  'under-discussion': z.number().int().nonnegative(),
  contested: z.number().int().nonnegative(),
  'agreed-ad-ref': z.number().int().nonnegative(),
  agreed: z.number().int().nonnegative(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** `GET /api/documents/:documentId/consensus/dashboard`: where the document stands, for the SVG dashboard. */
export const ConsensusDashboard = z.object({
  documentId: Id,
  title: z.string(),
  /** Every stakeholder group (heatmap rows), in a fixed order. */
  stakeholderGroups: z.array(z.object({ id: StakeholderGroupId, name: z.string() })),
  /** Numbered paragraphs and any other block with a status, positions or brackets, in document order (heatmap columns, status strip). */
  paragraphs: z.array(
    z.object({
      blockId: BlockId,
      number: z.number().int().positive().nullable(),
      /** The number as readers see it ("4bis" while numbering is frozen); numbered blocks only. */
      label: z.string().optional(),
      status: ParagraphStatus,
      changedSinceAgreed: z.boolean(),
      openBrackets: z.number().int().nonnegative(),
      /** Only groups that recorded a position; absent groups did not respond. */
      groups: z.array(GroupAggregate),
      score: ConsensusScore,
    }),
  ),
  totals: z.object({
    paragraphs: z.number().int().nonnegative(),
    byStatus: StatusCounts,
    openBrackets: z.number().int().nonnegative(),
    changedSinceAgreed: z.number().int().nonnegative(),
    positions: z.number().int().nonnegative(),
  }),
  /** Counts by status at the end of each day with status changes (UTC), for today's paragraphs; oldest first, at most 366 days. */
  trend: z.array(z.object({ date: z.string(), byStatus: StatusCounts })),
});
export type ConsensusDashboard = z.infer<typeof ConsensusDashboard>;

/** An open comment thread linked from the register. */
export const RegisterThread = z.object({
  id: Id,
  quote: z.string().nullable(),
  comments: z.array(z.object({ author: PersonShown, body: z.string(), createdAt: z.string() })),
});
export type RegisterThread = z.infer<typeof RegisterThread>;

/** A pending suggestion in the register: a wording proposal, with who made it (issue 13). */
export const RegisterSuggestion = z.object({
  id: z.string(),
  kind: z.enum(['insert', 'delete']),
  text: z.string(),
  author: PersonShown,
  createdAt: z.string(),
});
export type RegisterSuggestion = z.infer<typeof RegisterSuggestion>;

/**
 * One entry of the register of differences: a contested or bracketed paragraph, an agreed one
 * whose text changed since, or one with pending suggestions (listed in `suggestions`).
 */
export const RegisterEntry = ParagraphConsensus.extend({
  threads: z.array(RegisterThread),
  suggestions: z.array(RegisterSuggestion).optional(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

/** `GET /api/documents/:documentId/register?format=json` (also `markdown`, `html`, `docx`). */
export const RegisterOfDifferences = z.object({
  documentId: Id,
  title: z.string(),
  generatedAt: z.string(),
  /** Every stakeholder group's display name by id. */
  stakeholderGroups: z.record(z.string(), z.string()),
  entries: z.array(RegisterEntry),
});
export type RegisterOfDifferences = z.infer<typeof RegisterOfDifferences>;

/** The formats of the register export. */
export const RegisterFormat = z.enum(['json', 'markdown', 'html', 'docx']);
export type RegisterFormat = z.infer<typeof RegisterFormat>;

/**
 * What the live channel (`GET /api/documents/:documentId/consensus/live`, Server-Sent Events)
 * sends: a paragraph's whole consensus view after a status, position or bracket change (a
 * client replaces its copy), or `content` when the text changed (throttled; refetch the
 * views that show text: brackets, changed-since-agreed, the register).
 */
export const ConsensusLiveEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), paragraph: ParagraphConsensus }),
  z.object({ type: z.literal('content'), at: z.string() }),
  /** The document's numbering was frozen, renumbered or made live again (issue 13). */
  z.object({ type: z.literal('numbering'), numbering: Numbering }),
]);
export type ConsensusLiveEvent = z.infer<typeof ConsensusLiveEvent>;
