/** One comment in the moderation queue with its actions: flag (optional note), hide (reason required), restore/publish — none once the report is published. */
import { useState, type FormEvent } from 'react';
import type { ModeratedComment } from '@accord/schema';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { moderate, type ModerationAction } from './api.js';
import { authorLabel } from '../consult/comments.js';
import { anchorLabel } from './comment-labels.js';
import { statusText } from './moderation.js';

type Open = 'flag' | 'hide' | null;

export function ModerationItem({
  comment,
  frozen = false,
  paragraphNumber,
  onChanged,
}: {
  comment: ModeratedComment;
  /** The report is published: the comment is shown, without actions. */
  frozen?: boolean;
  paragraphNumber: (blockId: string) => number | null;
  onChanged: (next: ModeratedComment) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState('');
  const {
    busy,
    problem,
    run: act,
  } = useSubmit(async (action: ModerationAction) => {
    onChanged(await moderate(comment.roundId, comment.id, action));
    setOpen(null);
    setText('');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act(
      open === 'hide' ? { kind: 'hide', reason: text } : { kind: 'flag', ...(text.trim() ? { note: text } : {}) },
    );
  };

  return (
    <li className="round-comment">
      <p className="round-comment-head">
        <strong>{authorLabel(comment.author)}</strong> · {anchorLabel(comment.anchor, paragraphNumber)} ·{' '}
        <span className="round-status">{statusText(comment)}</span>
      </p>
      <p className="round-comment-text">{comment.text}</p>
      {!frozen && (
        <div className="round-actions">
          {!comment.flagged && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setOpen(open === 'flag' ? null : 'flag')}
              aria-expanded={open === 'flag'}
            >
              Flag
            </button>
          )}
          {comment.status !== 'hidden' && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setOpen(open === 'hide' ? null : 'hide')}
              aria-expanded={open === 'hide'}
            >
              Hide
            </button>
          )}
          {comment.status !== 'published' && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void act({ kind: 'restore' })}
              disabled={busy}
            >
              {comment.status === 'hidden' ? 'Restore' : 'Publish'}
            </button>
          )}
        </div>
      )}
      {open && !frozen && (
        <form className="round-inline-form" onSubmit={submit}>
          <label>
            {open === 'hide' ? 'Reason for hiding' : 'Note (optional)'}
            <input
              className="text-input"
              value={text}
              onChange={(e) => setText(e.target.value)}
              required={open === 'hide'}
              maxLength={1000}
            />
          </label>
          <button
            type="submit"
            className="btn btn-small btn-primary"
            disabled={busy || (open === 'hide' && text.trim() === '')}
          >
            {open === 'hide' ? 'Hide the comment' : 'Flag the comment'}
          </button>
        </form>
      )}
      <FormError problem={problem} inline />
    </li>
  );
}
