/** One published comment to process: author, the passage it quotes, its text, and the disposition form. */
import type { CommentDisposition, ContentBlock, ProcessedComment } from '@accord/schema';
import { AuthorName } from '../consult/AuthorName.js';
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
        <strong>
          <AuthorName author={comment.author} />
        </strong>
      </p>
      {comment.anchor.kind === 'passage' && (
        <blockquote className="round-quote" dir="auto">
          {comment.anchor.quote}
        </blockquote>
      )}
      <p className="round-comment-text" dir="auto">
        {comment.text}
      </p>
      <DispositionForm comment={comment} liveParagraphs={liveParagraphs} onSaved={onSaved} />
    </li>
  );
}
