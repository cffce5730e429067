/**
 * Published comments, each with its author as the participant chose to be shown and the passage
 * it quotes; once the revised version is out, with the group's answer, and the reader's own
 * comments marked as theirs.
 */
import type { PublicComment } from '@accord/schema';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { AuthorName } from './AuthorName.js';
import { CommentAnswer, useOutcome } from './outcome.js';

export function CommentList({ comments, label }: { comments: readonly PublicComment[]; label: string }) {
  const t = useT();
  const outcome = useOutcome();
  if (comments.length === 0) return null;
  return (
    <ul className="consult-comments" aria-label={label}>
      {comments.map((c) => {
        const yours = outcome?.yours.has(c.id) ?? false;
        const answer = outcome?.answers.get(c.id);
        return (
          <li key={c.id} className={`consult-comment${yours ? ' consult-comment-yours' : ''}`} data-comment-id={c.id}>
            {yours && <p className="consult-yours">{t('rounds.comment.yours')}</p>}
            {c.anchor.kind === 'passage' && (
              <blockquote className="consult-quote" dir="auto">
                {c.anchor.quote}
              </blockquote>
            )}
            <p className="consult-comment-text" dir="auto">
              {c.text}
            </p>
            <p className="consult-comment-meta">
              <span className="consult-author">
                <AuthorName author={c.author} />
              </span>{' '}
              · <Time value={c.createdAt} show="date" />
              {c.language && <> · {t('languages.consult.commentIn', { language: c.language })}</>}
            </p>
            {answer && <CommentAnswer answer={answer} />}
          </li>
        );
      })}
    </ul>
  );
}
