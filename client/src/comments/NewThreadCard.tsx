/**
 * Cards for threads that do not exist on the server yet: the one being written (the draft, on
 * the selection it will be anchored to) and those written but not accepted (the outbox).
 */
import { useT } from '../i18n/useT.js';
import { Byline } from './CommentItem.js';
import { Composer } from './Composer.js';
import { PendingComment } from './PendingComment.js';
import type { OutboxEntry } from './outbox.js';
import type { CommentsRoom } from './room.js';
import { useCommentsState } from './useCommentsRoom.js';

/** "On the whole of paragraph 4" (or of an unnumbered block), for a comment on a whole block. */
function WholeBlock({ number }: { number: number | null }) {
  const t = useT();
  return (
    <span className="thread-number">
      {number === null ? t('comments.draft.onWholeBlock') : t('comments.draft.onWholeParagraph', { number })}
    </span>
  );
}

export function DraftCard({ room }: { room: CommentsRoom }) {
  const { draft, people } = useCommentsState(room);
  const t = useT();
  if (!draft) return null;
  const passage = draft.anchor.kind === 'passage';
  const label = passage
    ? t('comments.draft.labelPassage')
    : draft.number === null
      ? t('comments.draft.labelBlock')
      : t('comments.draft.labelParagraph', { number: draft.number });
  return (
    <section
      className="thread-card thread-expanded thread-draft is-active"
      aria-label={t('comments.draft.title')}
      data-draft=""
    >
      <p className="thread-context">
        {passage ? (
          <>
            <span className="visually-hidden">{t('comments.draft.onText')} </span>
            <q className="thread-quote" dir="auto">
              {draft.about}
            </q>
          </>
        ) : (
          <WholeBlock number={draft.number} />
        )}
      </p>
      {draft.note && <p className="thread-note">{t(draft.note.id, draft.note.values)}</p>}
      <Composer
        label={label}
        submitLabel={t('comments.compose.button')}
        placeholder={t('comments.draft.placeholder')}
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
  const { activeId, places } = useCommentsState(room);
  const t = useT();
  if (entry.target.kind !== 'thread') return null;
  // Where the paragraph is now; else where it was when the comment was written.
  const place = places.get(entry.id);
  const number = place?.found ? place.number : (entry.target.number ?? null);
  return (
    <section
      className={`thread-card thread-expanded thread-pending${activeId === entry.id ? ' is-active' : ''}`}
      aria-label={t('comments.pending.thread')}
      data-outbox-id={entry.id}
      onClick={() => activeId !== entry.id && room.activate(entry.id)}
    >
      <p className="thread-context">
        {entry.target.anchor.kind === 'passage' ? (
          <q className="thread-quote" dir="auto">
            {entry.target.about}
          </q>
        ) : (
          <WholeBlock number={number} />
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
