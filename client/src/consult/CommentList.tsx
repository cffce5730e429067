/** Published comments, each with its author as the participant chose to be shown and the passage it quotes. */
import type { PublicComment } from '@accord/schema';
import { authorLabel } from './comments.js';
import { formatDate } from '../time-zones.js';

export function CommentList({ comments, label }: { comments: readonly PublicComment[]; label: string }) {
  if (comments.length === 0) return null;
  return (
    <ul className="consult-comments" aria-label={label}>
      {comments.map((c) => (
        <li key={c.id} className="consult-comment" data-comment-id={c.id}>
          {c.anchor.kind === 'passage' && <blockquote className="consult-quote">{c.anchor.quote}</blockquote>}
          <p className="consult-comment-text">{c.text}</p>
          <p className="consult-comment-meta">
            <span className="consult-author">{authorLabel(c.author)}</span> ·{' '}
            <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
