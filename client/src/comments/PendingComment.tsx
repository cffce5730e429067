/**
 * A comment the server has not accepted yet: sending, waiting for the network, or refused.
 * Always visible with its text, Retry and Discard, so nothing written is lost unnoticed.
 */
import { useState } from 'react';
import { CommentText } from './CommentText.js';
import type { OutboxEntry } from './outbox.js';
import type { CommentsRoom } from './room.js';

function stateText(entry: OutboxEntry): string {
  if (entry.state === 'sending') return entry.attempts > 0 ? 'Waiting for your edits to be saved…' : 'Sending…';
  if (entry.state === 'waiting') return 'Not sent yet — no connection. It will be sent when you are back online.';
  return `Not sent: ${entry.problem ?? 'the server refused it'}.`;
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
  return (
    <li className={`comment comment-pending comment-${entry.state}`} data-outbox-state={entry.state}>
      {showBody && (
        <div className="comment-body">
          <CommentText text={entry.body} />
        </div>
      )}
      <p className="pending-status" role={entry.state === 'failed' ? 'alert' : undefined}>
        {stateText(entry)}
      </p>
      {entry.state !== 'sending' && (
        <div className="comment-actions">
          {confirming ? (
            <>
              <span className="comment-confirm">Discard this comment?</span>
              <button type="button" className="link-button danger" onClick={() => room.discard(entry.id)} autoFocus>
                Discard
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => room.retry(entry.id)}>
                Retry now
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                Discard
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
