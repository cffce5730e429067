/** Resolve or reopen a thread, with the server's refusal shown beside the button. */
import type { CommentThread } from '@accord/schema';
import { useState } from 'react';
import type { CommentsRoom } from './room.js';

export function ResolveButton({ room, thread }: { room: CommentsRoom; thread: CommentThread }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const next = thread.status === 'open' ? 'resolved' : 'open';
  const toggle = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await room.setStatus(thread.id, next);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="thread-status-action">
      <button type="button" className="btn btn-small" onClick={() => void toggle()} disabled={busy}>
        {next === 'resolved' ? '✓ Resolve' : 'Reopen'}
      </button>
      {problem && (
        <p className="comment-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
