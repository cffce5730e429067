/** Resolve or reopen a thread, with the server's refusal shown beside the button. */
import type { CommentThread } from '@accord/schema';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import type { CommentsRoom } from './room.js';

export function ResolveButton({ room, thread }: { room: CommentsRoom; thread: CommentThread }) {
  const next = thread.status === 'open' ? 'resolved' : 'open';
  const toggle = useSubmit(() => room.setStatus(thread.id, next));
  const t = useT();
  return (
    <div className="thread-status-action">
      <button type="button" className="btn btn-small" onClick={() => void toggle.run()} disabled={toggle.busy}>
        {next === 'resolved' ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('comments.thread.resolve')}
          </>
        ) : (
          t('comments.thread.reopen')
        )}
      </button>
      <FormError problem={toggle.problem} inline />
    </div>
  );
}
