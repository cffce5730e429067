/** Resolve or reopen a thread, with the server's refusal shown beside the button. */
import type { CommentThread } from '@accord/schema';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import type { CommentsRoom } from './room.js';

export function ResolveButton({ room, thread }: { room: CommentsRoom; thread: CommentThread }) {
  const next = thread.status === 'open' ? 'resolved' : 'open';
  const toggle = useSubmit(() => room.setStatus(thread.id, next));
  return (
    <div className="thread-status-action">
      <button type="button" className="btn btn-small" onClick={() => void toggle.run()} disabled={toggle.busy}>
        {next === 'resolved' ? '✓ Resolve' : 'Reopen'}
      </button>
      <FormError problem={toggle.problem} inline />
    </div>
  );
}
