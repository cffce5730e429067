/**
 * One comment in a thread: who wrote it (name and stakeholder group), when, its text, and —
 * for its author — Edit and Delete. A deleted comment keeps its place as a tombstone.
 */
import type { Comment } from '@accord/schema';
import { useState } from 'react';
import { Avatar } from '../components/Avatar.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { colorFor } from '../identity.js';
import { dateTime, relativeTime } from '../time.js';
import { CommentText } from './CommentText.js';
import { Composer } from './Composer.js';
import type { CommentsRoom } from './room.js';
import { useCommentsState } from './useCommentsRoom.js';
import { useNow } from './useNow.js';

/** "Mei Tanaka · Technical community": who someone is, in one line. */
export function Byline({
  room,
  author,
  at,
  edited,
}: {
  room: CommentsRoom;
  author: Comment['author'];
  at: string;
  edited?: string | null;
}) {
  const { groupNames } = useCommentsState(room);
  const now = useNow();
  return (
    <span className="comment-byline">
      <Avatar name={author.name} color={colorFor(author.id)} size="sm" />
      <span className="comment-who">
        <span className="comment-author">{author.name}</span>
        <span className="comment-group">{groupNames.get(author.stakeholderGroup) ?? author.stakeholderGroup}</span>
      </span>
      <time className="comment-time" dateTime={at} title={dateTime(at)}>
        {relativeTime(at, now)}
        {edited ? <span title={`Edited ${dateTime(edited)}`}> · edited</span> : null}
      </time>
    </span>
  );
}

export function CommentItem({
  room,
  comment,
  mentionNames,
  preview = false,
}: {
  room: CommentsRoom;
  comment: Comment;
  mentionNames: readonly string[];
  preview?: boolean;
}) {
  const { people } = useCommentsState(room);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useSubmit(async () => {
    try {
      await room.remove(comment.id);
    } catch (error) {
      setConfirming(false);
      throw error;
    }
  });
  const mine = room.canChange(comment);

  if (comment.deletedAt) {
    return (
      <li className="comment comment-deleted">
        <p className="comment-tombstone">
          Comment by {comment.author.name} deleted{' '}
          <time dateTime={comment.deletedAt}>{dateTime(comment.deletedAt)}</time>
        </p>
      </li>
    );
  }

  return (
    <li className="comment">
      <Byline room={room} author={comment.author} at={comment.createdAt} edited={comment.editedAt} />
      {editing ? (
        <Composer
          label="Edit your comment"
          submitLabel="Save"
          initial={comment.body}
          autoFocus
          people={people}
          onFocus={() => room.loadPeople()}
          onSubmit={async (body) => {
            await room.edit(comment.id, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className={preview ? 'comment-body comment-preview' : 'comment-body'}>
          <CommentText text={comment.body} mentionNames={mentionNames} />
        </div>
      )}
      {mine && !editing && !preview && (
        <div className="comment-actions">
          {confirming ? (
            <>
              <span className="comment-confirm">Delete this comment?</span>
              <button
                type="button"
                className="link-button danger"
                onClick={() => void remove.run()}
                disabled={remove.busy}
                autoFocus
              >
                Delete
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                Delete
              </button>
            </>
          )}
        </div>
      )}
      <FormError problem={remove.problem} inline />
    </li>
  );
}
