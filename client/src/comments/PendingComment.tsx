/**
 * A comment the server has not accepted yet: sending, waiting for the network, or refused.
 * Always visible with its text, Retry and Discard, so nothing written is lost unnoticed.
 */
import { useState } from 'react';
import { type T, useT } from '../i18n/useT.js';
import { CommentText } from './CommentText.js';
import type { OutboxEntry } from './outbox.js';
import type { CommentsRoom } from './room.js';

function stateText(t: T, entry: OutboxEntry): string {
  if (entry.state === 'sending')
    return entry.attempts > 0 ? t('comments.pending.waitingForEdits') : t('comments.composer.sending');
  if (entry.state === 'waiting') return t('comments.pending.offline');
  // The server words its refusal in the page's language.
  return entry.problem
    ? t('comments.pending.refusedBecause', { problem: entry.problem })
    : t('comments.pending.refused');
}

export function PendingComment({
  room,
  entry,
  showBody = true,
}: {
  room: CommentsRoom;
  entry: OutboxEntry;
  showBody?: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const t = useT();
  return (
    <li className={`comment comment-pending comment-${entry.state}`} data-outbox-state={entry.state}>
      {showBody && (
        <div className="comment-body" dir="auto">
          <CommentText text={entry.body} />
        </div>
      )}
      <p className="pending-status" role={entry.state === 'failed' ? 'alert' : undefined}>
        {stateText(t, entry)}
      </p>
      {entry.state !== 'sending' && (
        <div className="comment-actions">
          {confirming ? (
            <>
              <span className="comment-confirm">{t('comments.pending.discardConfirm')}</span>
              <button type="button" className="link-button danger" onClick={() => room.discard(entry.id)} autoFocus>
                {t('comments.pending.discard')}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                {t('comments.comment.keep')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => room.retry(entry.id)}>
                {t('comments.pending.retry')}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                {t('comments.pending.discard')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
