import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';
import { Id } from './ids.js';
import { PersonShown } from './identity.js';
import { SuggestionId } from './suggestions.js';

/**
 * Comments on paragraphs and passages. Comment records are server-authoritative: they live
 * in the server's database, are written only through the REST API (which checks who may do
 * what), and reach browsers through a read-only live channel — never as CRDT state a client
 * could rewrite. Only the anchor refers into the document.
 */

/** A block's stable id (Lexical NodeState `pid`). */
export const BlockId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, fieldMessage('errors.field.blockId'));
export type BlockId = z.infer<typeof BlockId>;

/**
 * A Yjs relative position in its JSON form (`Y.relativePositionToJSON`), as found in the
 * `anchorPos` / `focusPos` of a Lexical collaboration cursor. Bounded: it is a few ids.
 */
export const RelativePositionJson = z
  .object({
    type: z
      .object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() })
      .nullable()
      .optional(),
    tname: z.string().max(64).nullable().optional(),
    item: z
      .object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() })
      .nullable()
      .optional(),
    assoc: z.number().int().optional(),
  })
  .strict();
export type RelativePositionJson = z.infer<typeof RelativePositionJson>;

/** The quoted text of a passage, kept so a thread whose text was deleted still shows what it was about. */
export const Quote = z.string().min(1, fieldMessage('errors.field.empty')).max(2000, atMost(2000));

/** Where a thread is anchored: a whole paragraph, or a passage inside one that follows the text. */
export const CommentAnchor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('block'), blockId: BlockId }).strict(),
  z
    .object({
      kind: z.literal('passage'),
      blockId: BlockId,
      start: RelativePositionJson,
      end: RelativePositionJson,
      quote: Quote,
      /**
       * The text just before and after the passage when the thread was opened (up to 32
       * characters each). Written by the server, which also replaces the quote with the
       * passage's text as the document had it: whatever a client sends here is overwritten.
       * Lets a passage be found again when the editor re-creates its characters (formatting,
       * a paragraph split) without re-attaching a deleted passage to the same words elsewhere.
       */
      prefix: z.string().max(64).optional(),
      suffix: z.string().max(64).optional(),
    })
    .strict(),
]);
export type CommentAnchor = z.infer<typeof CommentAnchor>;

/**
 * Comment text as typed: a safe subset of Markdown (emphasis, links, lists) that clients
 * render without ever interpreting HTML. Trimmed, 1–10,000 characters.
 */
export const CommentText = z.string().trim().min(1, fieldMessage('errors.field.empty')).max(10_000, atMost(10_000));

export const Comment = z.object({
  id: Id,
  threadId: Id,
  author: PersonShown,
  /** Empty when deleted: the tombstone keeps its place in the thread, not its words. */
  body: z.string(),
  /** People mentioned with `@`, by id; all hold a role in the workspace. */
  mentions: z.array(Id),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type Comment = z.infer<typeof Comment>;

export const ThreadStatus = z.enum(['open', 'resolved']);
export type ThreadStatus = z.infer<typeof ThreadStatus>;

export const CommentThread = z.object({
  id: Id,
  documentId: Id,
  anchor: CommentAnchor,
  status: ThreadStatus,
  /** True when the passage's text (or the whole paragraph) was deleted from the document; the quote remains. */
  textRemoved: z.boolean(),
  /**
   * Where the anchor is now: the block holding it (after a split, possibly not the anchor's
   * own `blockId`) and that block's paragraph number; null when the text was removed.
   * `label` is the number as readers see it ("4bis" while numbering is frozen; numbered blocks only).
   * Optional so that clients also accept answers without it.
   */
  location: z
    .object({ blockId: BlockId, number: z.number().int().positive().nullable(), label: z.string().optional() })
    .nullable()
    .optional(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: PersonShown.nullable(),
  /** In order; the first is the one that opened the thread. */
  comments: z.array(Comment),
  /** The suggestion this thread discusses (issue 13), if it was opened on one. */
  suggestionId: z.string().optional(),
});
export type CommentThread = z.infer<typeof CommentThread>;

/** `GET /api/documents/:documentId/comments` (format=json, the default). */
export const CommentThreadList = z.object({ threads: z.array(CommentThread) });
export type CommentThreadList = z.infer<typeof CommentThreadList>;

/** `POST /api/documents/:documentId/comments`: opens a thread. */
export const CreateThreadBody = z
  .object({
    anchor: CommentAnchor,
    body: CommentText,
    mentions: z.array(Id).max(50).default([]),
    /** Opens the thread of a pending suggestion in the anchor's paragraph (its card shows the discussion). */
    suggestionId: SuggestionId.optional(),
  })
  .strict();
export type CreateThreadBody = z.input<typeof CreateThreadBody>;

/** `POST /api/comment-threads/:threadId/replies` */
export const ReplyBody = z.object({ body: CommentText, mentions: z.array(Id).max(50).default([]) }).strict();
export type ReplyBody = z.input<typeof ReplyBody>;

/** `PATCH /api/comments/:commentId`: the author edits their own comment. */
export const EditCommentBody = z.object({ body: CommentText, mentions: z.array(Id).max(50).default([]) }).strict();
export type EditCommentBody = z.input<typeof EditCommentBody>;

/** One recorded change to a thread: who did what when. `GET /api/comment-threads/:threadId/history`. */
export const ThreadEvent = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: PersonShown,
  action: z.enum(['create', 'reply', 'edit', 'delete', 'resolve', 'reopen']),
  commentId: Id.nullable(),
  /** For edits: the previous text; for others, empty. */
  detail: z.record(z.string(), z.unknown()),
});
export type ThreadEvent = z.infer<typeof ThreadEvent>;
export const ThreadHistory = z.object({ events: z.array(ThreadEvent) });
export type ThreadHistory = z.infer<typeof ThreadHistory>;

/**
 * What the live channel (`GET /api/documents/:documentId/comments/live`, Server-Sent Events)
 * sends: the whole thread after every change, so a client just replaces its copy.
 */
export const CommentLiveEvent = z.object({ type: z.literal('thread'), thread: CommentThread });
export type CommentLiveEvent = z.infer<typeof CommentLiveEvent>;

/**
 * `GET /api/documents/:documentId/people`: who can be @mentioned in this document's comments
 * (everyone who may read it), with no email addresses — for anyone who may comment.
 */
export const MentionablePeople = z.object({ people: z.array(PersonShown) });
export type MentionablePeople = z.infer<typeof MentionablePeople>;
