/** One comment in the moderation queue with its actions: flag (optional note), hide (reason required), restore/publish — none once the report is published. */
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ModeratedComment } from '@accord/schema';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { moderate, type ModerationAction } from './api.js';
import { AuthorName } from '../consult/AuthorName.js';
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
  const t = useT();
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
        <strong>
          <AuthorName author={comment.author} />
        </strong>{' '}
        · {anchorLabel(comment.anchor, paragraphNumber, t)} ·{' '}
        <span className="round-status">{statusText(comment, t)}</span>
        {comment.status === 'hidden' && comment.hiddenReason && (
          <>
            {' '}
            ·{' '}
            <span className="round-status">
              <FormattedMessage
                id="rounds.moderation.reason"
                values={{ reason: <bdi key="reason">{comment.hiddenReason}</bdi> }}
              />
            </span>
          </>
        )}
      </p>
      <p className="round-comment-text" dir="auto">
        {comment.text}
      </p>
      {!frozen && (
        <div className="round-actions">
          {!comment.flagged && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setOpen(open === 'flag' ? null : 'flag')}
              aria-expanded={open === 'flag'}
            >
              {t('rounds.moderation.flag')}
            </button>
          )}
          {comment.status !== 'hidden' && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setOpen(open === 'hide' ? null : 'hide')}
              aria-expanded={open === 'hide'}
            >
              {t('rounds.moderation.hide')}
            </button>
          )}
          {comment.status !== 'published' && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void act({ kind: 'restore' })}
              disabled={busy}
            >
              {comment.status === 'hidden' ? t('rounds.moderation.restore') : t('rounds.moderation.publish')}
            </button>
          )}
        </div>
      )}
      {open && !frozen && (
        <form className="round-inline-form" onSubmit={submit}>
          <label>
            {open === 'hide' ? t('rounds.moderation.reasonLabel') : t('rounds.moderation.noteLabel')}
            <input
              className="text-input"
              dir="auto"
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
            {open === 'hide' ? t('rounds.moderation.hideSubmit') : t('rounds.moderation.flagSubmit')}
          </button>
        </form>
      )}
      <FormError problem={problem} inline />
    </li>
  );
}
