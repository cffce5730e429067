/**
 * Comment anchors against a document's live state: checking a new thread's anchor (its block
 * must exist; a passage must lie in it), and showing stored threads as they stand now (where
 * the anchor is, or that its text was removed). The resolution itself is @accord/editor's,
 * the same code the browser can run.
 */
import { BlockIndex, resolveAnchor, snapshotPassage, type PassageProblem } from '@accord/editor';
import { Quote, type CommentAnchor, type CommentThread } from '@accord/schema';
import { type FieldIssue, type Msg, Refusal, fieldIssue } from '../refusal.js';
import type { StoredThread } from './store.js';

/** A request the comments module refuses because of what it asks for (an anchor, a mention). */
export class CommentRefused extends Refusal {
  override name = 'CommentRefused';
  constructor(status: 400 | 409, code: string, message: string | Msg, issues?: readonly FieldIssue[]) {
    super(status, code, message, { details: issues });
  }
}

/** The blocks of a document's state (an encoded update, as `LiveState` gives it). */
export const indexOf = (state: Uint8Array): BlockIndex => BlockIndex.fromUpdate(state);

const passageProblems: Record<PassageProblem, (blockId: string) => CommentRefused> = {
  malformed: () => new CommentRefused(400, 'invalid_anchor', { key: 'errors.comment.anchorMalformed' }),
  'not-synced': () => new CommentRefused(409, 'anchor_not_synced', { key: 'errors.comment.anchorNotSynced' }),
  gone: () => new CommentRefused(400, 'anchor_gone', { key: 'errors.comment.anchorGone' }),
  'other-block': (blockId) =>
    new CommentRefused(400, 'invalid_anchor', { key: 'errors.comment.anchorOtherBlock', values: { blockId } }),
  collapsed: () => new CommentRefused(400, 'invalid_anchor', { key: 'errors.comment.anchorCollapsed' }),
};

/**
 * The anchor a new thread is stored with: a block anchor as given when its block exists; a
 * passage with the quote and context replaced by what the document holds now (what a client
 * claims to quote is not trusted).
 */
export function anchorForNewThread(index: BlockIndex, anchor: CommentAnchor): CommentAnchor {
  if (!index.byId(anchor.blockId)) {
    throw new CommentRefused(
      400,
      'unknown_block',
      { key: 'errors.comment.unknownBlock', values: { blockId: anchor.blockId } },
      [fieldIssue('anchor.blockId', { key: 'errors.field.notABlock' })],
    );
  }
  if (anchor.kind === 'block') return { kind: 'block', blockId: anchor.blockId };
  const snapshot = snapshotPassage(index, anchor);
  if ('problem' in snapshot) throw passageProblems[snapshot.problem](anchor.blockId);
  if (!Quote.safeParse(snapshot.quote).success) {
    throw new CommentRefused(400, 'passage_too_long', {
      key: 'errors.comment.passageTooLong',
      values: { length: snapshot.quote.length },
    });
  }
  return { ...anchor, quote: snapshot.quote, prefix: snapshot.prefix, suffix: snapshot.suffix };
}

/** Whether a thread is shown in lists and exports: not when every comment in it was deleted. */
export const isListed = (thread: StoredThread): boolean => thread.comments.some((c) => c.deletedAt === null);

/** A stored thread as the API shows it, its anchor resolved against `index`; `labels` (block id → "4bis") name its paragraph. */
export function viewThread(
  index: BlockIndex,
  thread: StoredThread,
  labels?: ReadonlyMap<string, string>,
): CommentThread {
  const resolved = resolveAnchor(index, thread.anchor);
  const label = resolved.found ? labels?.get(resolved.block.id) : undefined;
  return {
    id: thread.id,
    documentId: thread.documentId,
    anchor: thread.anchor,
    status: thread.status,
    textRemoved: !resolved.found,
    location: resolved.found
      ? { blockId: resolved.block.id, number: resolved.block.number, ...(label === undefined ? {} : { label }) }
      : null,
    createdAt: thread.createdAt,
    resolvedAt: thread.resolvedAt,
    resolvedBy: thread.resolvedBy,
    comments: thread.comments,
    ...(thread.suggestionId === undefined ? {} : { suggestionId: thread.suggestionId }),
  };
}
