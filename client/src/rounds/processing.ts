/** The processing view's state, pure: saving a disposition updates the comment and the progress. */
import type { CommentDisposition, ProcessedComment, RoundProcessing } from '@accord/schema';

/** Every comment of the view, general ones first, then by paragraph. */
export const allComments = (view: Pick<RoundProcessing, 'general' | 'paragraphs'>): ProcessedComment[] => [
  ...view.general,
  ...view.paragraphs.flatMap((p) => p.comments),
];

/** N of M comments have a disposition, counted from the comments themselves. */
export function countProgress(view: Pick<RoundProcessing, 'general' | 'paragraphs'>): {
  processed: number;
  total: number;
} {
  const comments = allComments(view);
  return { processed: comments.filter((c) => c.disposition !== null).length, total: comments.length };
}

/** The view with one comment's disposition saved, and the progress counted again. */
export function withDisposition(view: RoundProcessing, saved: CommentDisposition): RoundProcessing {
  const set = (c: ProcessedComment) => (c.id === saved.commentId ? { ...c, disposition: saved } : c);
  const next = {
    ...view,
    general: view.general.map(set),
    paragraphs: view.paragraphs.map((p) => ({ ...p, comments: p.comments.map(set) })),
  };
  return { ...next, progress: countProgress(next) };
}

/**
 * "Show only unprocessed": the comments still without a disposition, or all of them. Those in
 * `keep` (just answered) stay, so an answer does not vanish from under the person who gave it.
 */
export const visibleComments = (
  comments: readonly ProcessedComment[],
  onlyUnprocessed: boolean,
  keep: ReadonlySet<string> = new Set(),
): ProcessedComment[] =>
  onlyUnprocessed ? comments.filter((c) => c.disposition === null || keep.has(c.id)) : [...comments];
