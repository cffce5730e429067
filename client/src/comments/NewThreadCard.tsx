/**
 * Cards for threads that do not exist on the server yet: the one being written (the draft, on
 * the selection it will be anchored to) and those written but not accepted (the outbox).
 */
import { Byline } from './CommentItem.js';
import { Composer } from './Composer.js';
import { PendingComment } from './PendingComment.js';
import type { OutboxEntry } from './outbox.js';
import type { CommentsRoom } from './room.js';
import { useCommentsState } from './useCommentsRoom.js';

export function DraftCard({ room }: { room: CommentsRoom }) {
  const { draft, people } = useCommentsState(room);
  if (!draft) return null;
  const passage = draft.anchor.kind === 'passage';
  return (
    <section className="thread-card thread-expanded thread-draft is-active" aria-label="New comment" data-draft="">
      <p className="thread-context">
        {passage ? (
          <>
            <span className="visually-hidden">On the text: </span>
            <q className="thread-quote">{draft.about}</q>
          </>
        ) : (
          <span className="thread-number">On the whole of {draft.about}</span>
        )}
      </p>
      {draft.note && <p className="thread-note">{draft.note}</p>}
      <Composer
        label={passage ? 'Your comment on the selected text' : `Your comment on ${draft.about}`}
        submitLabel="Comment"
        placeholder="Add a comment…"
        autoFocus
        people={people}
        onFocus={() => room.loadPeople()}
        onSubmit={(body) => room.createThread(body)}
        onCancel={() => room.cancelDraft()?.focus()}
      />
    </section>
  );
}

export function PendingThreadCard({ room, entry }: { room: CommentsRoom; entry: OutboxEntry }) {
  const { activeId } = useCommentsState(room);
  if (entry.target.kind !== 'thread') return null;
  return (
    <section
      className={`thread-card thread-expanded thread-pending${activeId === entry.id ? ' is-active' : ''}`}
      aria-label="Comment not sent yet"
      data-outbox-id={entry.id}
      onClick={() => activeId !== entry.id && room.activate(entry.id)}
    >
      <p className="thread-context">
        {entry.target.anchor.kind === 'passage' ? (
          <q className="thread-quote">{entry.target.about}</q>
        ) : (
          <span className="thread-number">On the whole of {entry.target.about}</span>
        )}
      </p>
      <ol className="comment-list">
        <li className="comment">
          <Byline
            room={room}
            author={{ id: room.person.id, name: room.person.name, stakeholderGroup: room.person.stakeholderGroup }}
            at={entry.createdAt}
          />
        </li>
        <PendingComment room={room} entry={entry} />
      </ol>
    </section>
  );
}
