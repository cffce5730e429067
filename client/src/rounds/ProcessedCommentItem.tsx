/** One published comment to process: author, the passage it quotes, its text, and the disposition form. */
import type { CommentDisposition, ContentBlock, ProcessedComment } from '@accord/schema';
import { authorLabel } from '../consult/comments.js';
import { DispositionForm } from './DispositionForm.js';

export function ProcessedCommentItem({
  comment,
  liveParagraphs,
  onSaved,
}: {
  comment: ProcessedComment;
  liveParagraphs: readonly ContentBlock[];
  onSaved: (saved: CommentDisposition) => void;
}) {
  return (
    <li className="round-comment">
      <p className="round-comment-head">
        <strong>{authorLabel(comment.author)}</strong>
      </p>
      {comment.anchor.kind === 'passage' && <blockquote className="round-quote">{comment.anchor.quote}</blockquote>}
      <p className="round-comment-text">{comment.text}</p>
      <DispositionForm comment={comment} liveParagraphs={liveParagraphs} onSaved={onSaved} />
    </li>
  );
}
