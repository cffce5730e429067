/**
 * A comment thread may be opened on a pending suggestion, so the suggestion's card shows its
 * discussion: the suggestion must be pending in the paragraph the thread is anchored to.
 */
import { blockViews } from '@accord/editor';
import * as Y from 'yjs';
import { CommentRefused } from '../comments/anchoring.js';
import { fieldIssue } from '../refusal.js';

/** Throws a 400 unless `suggestionId` is pending in block `blockId` of `state`. */
export function suggestionInBlock(state: Uint8Array, suggestionId: string, blockId: string): void {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const block = blockViews(doc).find((b) => b.blockId === blockId);
    if (block?.suggestions.some((s) => s.id === suggestionId)) return;
  } finally {
    doc.destroy();
  }
  throw new CommentRefused(
    400,
    'suggestion_not_here',
    { key: 'errors.comment.suggestionNotHere', values: { id: suggestionId } },
    [fieldIssue('suggestionId', { key: 'errors.field.pendingSuggestion' })],
  );
}
