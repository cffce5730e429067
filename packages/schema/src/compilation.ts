import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';
import { BlockId } from './comments.js';
import { CountryCode, Email, StakeholderGroupId } from './identity.js';
import { Id } from './ids.js';
import { Instant, OrganisationName } from './rounds.js';

/**
 * The compilation (issue 14): a call for contributions on a compilation document, the
 * contributions national, regional and youth initiatives send to it, the compiled paragraphs
 * that cite them, and the differences of opinion catalogued on them.
 */

/** One line of 1–200 characters (titles). */
const Line = OrganisationName;

/** A pillar of a call: a theme contributions answer, with its question. */
export const Pillar = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, fieldMessage('errors.field.pillarId')),
  title: Line,
  question: z.string().trim().max(2000, atMost(2000)).default(''),
});
export type Pillar = z.infer<typeof Pillar>;

/** Who may contribute: anyone who confirms an email, or the workspace's people and the invited organisations. */
export const CallParticipation = z.enum(['public', 'invited']);
export type CallParticipation = z.infer<typeof CallParticipation>;

/** `POST /api/documents/:id/calls`. A pillar without an id gets one from its title. */
export const CreateCallBody = z
  .object({
    title: Line,
    introduction: z.string().trim().max(20_000, atMost(20_000)).default(''),
    pillars: z
      .array(Pillar.extend({ id: Pillar.shape.id.optional() }))
      .min(1, fieldMessage('errors.field.pillarsNeeded'))
      .max(30, fieldMessage('errors.field.pillarsTooMany', { max: 30 })),
    opensAt: Instant,
    closesAt: Instant,
    participation: CallParticipation,
    organisations: z.array(OrganisationName).max(500).optional(),
  })
  .strict();
export type CreateCallBody = z.infer<typeof CreateCallBody>;

/** Where a call stands by the server clock. */
export const CallState = z.enum(['scheduled', 'open', 'closed']);
export type CallState = z.infer<typeof CallState>;

export const Call = z.object({
  id: Id,
  documentId: Id,
  title: z.string(),
  introduction: z.string(),
  pillars: z.array(Pillar),
  opensAt: z.string(),
  closesAt: z.string(),
  participation: CallParticipation,
  organisations: z.array(z.string()).optional(),
  state: CallState,
  /** The public page, e.g. `/contribute/<id>`. */
  publicPath: z.string(),
  createdAt: z.string(),
});
export type Call = z.infer<typeof Call>;

export const CallList = z.object({ calls: z.array(Call) });

/** `GET /api/public/calls/:id`: the call for its public page, with the server's time (its state is by that clock). */
export const PublicCall = z.object({ call: Call, serverTime: z.string() });
export type PublicCall = z.infer<typeof PublicCall>;

/** What kind of initiative sends a contribution. */
export const ContributionKind = z.enum(['national', 'regional', 'youth', 'dynamic-coalition', 'bpf', 'other']);
export type ContributionKind = z.infer<typeof ContributionKind>;

/** A contributed paragraph's text (plain; headings and list items are paragraphs too). */
export const ContributionParagraphText = z
  .string()
  .trim()
  .min(1, fieldMessage('errors.field.paragraphEmpty'))
  .max(10_000, fieldMessage('errors.field.paragraphTooLong', { max: 10_000 }));

/**
 * `POST /api/public/calls/:id/contributions` and `POST /api/calls/:id/contributions` as JSON;
 * as multipart form data the same fields (pillars as repeated fields or a JSON array) and a
 * `file` (DOCX, Markdown or plain text) instead of `paragraphs`. `country` is an ISO code or a
 * region's name (`Africa`, `Europe`…).
 */
export const ContributionBody = z
  .object({
    title: Line,
    organisation: OrganisationName,
    kind: ContributionKind,
    country: z.string().trim().min(2).max(80),
    group: StakeholderGroupId.optional(),
    pillars: z.array(z.string()).max(30).default([]),
    paragraphs: z
      .array(ContributionParagraphText)
      .min(1, fieldMessage('errors.field.contributionText'))
      .max(500)
      .optional(),
  })
  .strict();
export type ContributionBody = z.infer<typeof ContributionBody>;

/** The public's first step: their name and email; a code goes to that email. */
export const ContributorStartBody = z.object({ name: Line, email: Email }).strict();
export const ContributorConfirmBody = z.object({ email: Email, code: z.string().trim().min(4).max(64) }).strict();
/** A confirmed public contributor's bearer token for this call. */
export const ContributorToken = z.object({ token: z.string() });

export const ContributionParagraph = z.object({ index: z.number().int().min(0), text: z.string() });
export type ContributionParagraph = z.infer<typeof ContributionParagraph>;

export const Contribution = z.object({
  id: Id,
  callId: Id,
  title: z.string(),
  organisation: z.string(),
  kind: ContributionKind,
  country: z.string(),
  group: z.string().nullable(),
  pillars: z.array(z.string()),
  submittedAt: z.string(),
  updatedAt: z.string(),
  /** The contributor's name (and email only for coordinators). */
  contributor: z.object({ name: z.string(), email: z.string().optional() }),
  /** `typed`, or the imported file's kind. */
  source: z.enum(['typed', 'docx', 'markdown', 'text']),
  paragraphs: z.array(ContributionParagraph),
});
export type Contribution = z.infer<typeof Contribution>;

export const ContributionList = z.object({ contributions: z.array(Contribution) });

/** `POST /api/documents/:id/compilation/insert`: contributed paragraphs into the compilation after a block (or at the top). */
export const InsertContributionBody = z
  .object({
    contributionId: Id,
    paragraphs: z.array(z.number().int().min(0)).min(1).max(200),
    afterBlockId: BlockId.nullable(),
  })
  .strict();
export type InsertContributionBody = z.infer<typeof InsertContributionBody>;

/** What the insert made: one new block per paragraph, in order. */
export const InsertedParagraphs = z.object({ blockIds: z.array(BlockId) });

/** A compiled paragraph's source, as the content API and the margin show it. */
export const BlockSource = z.object({
  contributionId: Id,
  organisation: z.string(),
  /** Which paragraph of the contribution. */
  paragraph: z.number().int().min(0),
});
export type BlockSource = z.infer<typeof BlockSource>;

/** `GET /api/documents/:id/compilation/sources`: every block's sources. */
export const SourceMap = z.object({ blocks: z.record(z.string(), z.array(BlockSource)) });

/** `GET /api/calls/:id/coverage`: for each contribution, which paragraphs were used and where. */
export const Coverage = z.object({
  contributions: z.array(
    z.object({
      contributionId: Id,
      organisation: z.string(),
      title: z.string(),
      paragraphs: z.array(
        z.object({
          index: z.number().int(),
          text: z.string(),
          /** The compilation's blocks citing it (with their labels when the block still exists). */
          usedIn: z.array(z.object({ blockId: z.string(), label: z.string().nullable() })),
        }),
      ),
    }),
  ),
  /** Paragraphs used nowhere: what is "not yet reflected". */
  notYetReflected: z.array(
    z.object({ contributionId: Id, organisation: z.string(), index: z.number().int(), text: z.string() }),
  ),
});
export type Coverage = z.infer<typeof Coverage>;

/** One view held on a compiled paragraph, and the contributions that hold it. */
export const DivergentView = z.object({
  view: z.string().trim().min(1).max(2000),
  contributionIds: z.array(Id).min(1).max(100),
});

/** `POST /api/documents/:id/paragraphs/:blockId/divergences`: contributions diverge here (coordinators). */
export const DivergenceBody = z
  .object({
    views: z.array(DivergentView).min(2, fieldMessage('errors.field.divergenceViews')).max(10),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

export const Divergence = z.object({
  id: Id,
  documentId: Id,
  blockId: z.string(),
  views: z.array(
    z.object({
      view: z.string(),
      holders: z.array(z.object({ contributionId: Id, organisation: z.string() })),
    }),
  ),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Divergence = z.infer<typeof Divergence>;

export const DivergenceList = z.object({ divergences: z.array(Divergence) });

/** Re-exported for the contributor form. */
export { CountryCode };
