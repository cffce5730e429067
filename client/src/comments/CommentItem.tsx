/**
 * One comment in a thread: who wrote it (name and stakeholder group), when, its text, and —
 * for its author — Edit and Delete. A deleted comment keeps its place as a tombstone.
 */
import type { Comment } from '@accord/schema';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Avatar } from '../components/Avatar.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { colorFor } from '../identity.js';
import { useFormat } from '../i18n/format.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { CommentText } from './CommentText.js';
import { Composer } from './Composer.js';
import { groupLabel } from '../people/groups.js';
import type { CommentsRoom } from './room.js';
import { useCommentsState } from './useCommentsRoom.js';
import { useNow } from './useNow.js';

/**
 * "Mei Tanaka · Technical community · 5 minutes ago": who someone is and when they wrote, in
 * one line. The name and the group are people's words, isolated from the sentence around them;
 * `nameId` lets a thread card be named by its opener's name.
 */
export function Byline({
  room,
  author,
  at,
  edited,
  nameId,
}: {
  room: CommentsRoom;
  author: Comment['author'];
  at: string;
  edited?: string | null;
  nameId?: string;
}) {
  const { groupNames } = useCommentsState(room);
  const t = useT();
  const format = useFormat();
  const now = useNow();
  return (
    <span className="comment-byline">
      <Avatar name={author.name} color={colorFor(author.id)} size="sm" />
      <span className="comment-who">
        <bdi className="comment-author" id={nameId}>
          {author.name}
        </bdi>
        <bdi className="comment-group">{groupLabel(t, author.stakeholderGroup, groupNames)}</bdi>
      </span>
      <span className="comment-time">
        <time dateTime={at} title={format.dateTime(at)}>
          {format.relative(at, now)}
        </time>
        {edited ? (
          <span className="comment-edited" title={t('comments.comment.editedAt', { when: format.dateTime(edited) })}>
            {t('comments.comment.edited')}
          </span>
        ) : null}
      </span>
    </span>
  );
}

export function CommentItem({
  room,
  comment,
  mentionNames,
  preview = false,
  nameId,
}: {
  room: CommentsRoom;
  comment: Comment;
  mentionNames: readonly string[];
  preview?: boolean;
  /** An id for the author's name (the thread card is named by its opener). */
  nameId?: string;
}) {
  const { people } = useCommentsState(room);
  const t = useT();
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
          <FormattedMessage
            id="comments.comment.deletedBy"
            values={{
              name: <bdi id={nameId}>{comment.author.name}</bdi>,
              when: <Time value={comment.deletedAt} show="dateTime" />,
            }}
          />
        </p>
      </li>
    );
  }

  return (
    <li className="comment">
      <Byline room={room} author={comment.author} at={comment.createdAt} edited={comment.editedAt} nameId={nameId} />
      {editing ? (
        <Composer
          label={t('comments.comment.editLabel')}
          submitLabel={t('common.save')}
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
        <div className={preview ? 'comment-body comment-preview' : 'comment-body'} dir="auto">
          <CommentText text={comment.body} mentionNames={mentionNames} />
        </div>
      )}
      {mine && !editing && !preview && (
        <div className="comment-actions">
          {confirming ? (
            <>
              <span className="comment-confirm">{t('comments.comment.deleteConfirm')}</span>
              <button
                type="button"
                className="link-button danger"
                onClick={() => void remove.run()}
                disabled={remove.busy}
                autoFocus
              >
                {t('common.delete')}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                {t('comments.comment.keep')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                {t('common.delete')}
              </button>
            </>
          )}
        </div>
      )}
      <FormError problem={remove.problem} inline />
    </li>
  );
}
