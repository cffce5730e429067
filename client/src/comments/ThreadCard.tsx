/**
 * A thread, in two sizes. Collapsed: one button with where it is, who opened it, the start of
 * what they said and how many replies — activating it opens the thread. Expanded: every
 * comment, the replies waiting to be sent, resolve/reopen, and the reply box.
 */
import type { CommentThread } from '@accord/schema';
import { useEffect, useId, useMemo, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import '../styles/comment-threads.css';
import { Time } from '../i18n/Time.js';
import { type T, useT } from '../i18n/useT.js';
import { Byline, CommentItem } from './CommentItem.js';
import { Composer } from './Composer.js';
import { isRemoved, paragraphLabelOf } from './filters.js';
import { PendingComment } from './PendingComment.js';
import type { CommentsRoom } from './room.js';
import { plainCommentText } from './text.js';
import { useCommentsState } from './useCommentsRoom.js';
import { ResolveButton } from './ResolveButton.js';
import { paragraphValue } from './said.js';

/** "¶4" (or "¶4bis" while numbering is frozen), or what the thread is on when the block has no number. */
export function whereLabel(t: T, number: number | string | null, removed: boolean): string {
  if (removed) return t('comments.thread.textRemoved');
  return number === null ? t('comments.thread.unnumbered') : t('common.paragraph', { number: paragraphValue(number) });
}

export interface ThreadCardProps {
  room: CommentsRoom;
  thread: CommentThread;
  expanded: boolean;
  active: boolean;
  /** Where the card is: the margin shows less about the place (it sits beside it). */
  context: 'margin' | 'panel';
}

export function ThreadCard({ room, thread, expanded, active, context }: ThreadCardProps) {
  const state = useCommentsState(room);
  const t = useT();
  const titleId = useId();
  const authorId = useId();
  const number = paragraphLabelOf(thread, state.places);
  const removed = isRemoved(thread, state.places);
  const opener = thread.comments[0]!;
  const replies = thread.comments.length - 1;
  const passage = thread.anchor.kind === 'passage' ? thread.anchor.quote : null;
  const where = whereLabel(t, number, removed);
  const card = useRef<HTMLElement>(null);
  const opener_ = useRef<HTMLButtonElement>(null);
  const wasExpanded = useRef(expanded);

  // A thread that appears open and active with nothing focused (just posted from the comment box): focus it.
  useEffect(() => {
    if (expanded && active && document.activeElement === document.body) card.current?.focus({ preventScroll: true });
    // Only on mount; later changes are handled below.
  }, []);

  // Focus follows the thread: into it when it opens from a click, back to its button when it closes.
  useEffect(() => {
    if (expanded && !wasExpanded.current && active && card.current && !card.current.contains(document.activeElement))
      card.current.focus({ preventScroll: true });
    if (!expanded && wasExpanded.current && document.activeElement === document.body)
      opener_.current?.focus({ preventScroll: true });
    wasExpanded.current = expanded;
  }, [expanded, active]);

  const names = useMemo(() => {
    const byId = new Map<string, string>();
    for (const p of state.people ?? []) byId.set(p.id, p.name);
    for (const other of state.threads) for (const c of other.comments) byId.set(c.author.id, c.author.name);
    return byId;
  }, [state.people, state.threads]);
  const mentionNames = (ids: readonly string[]) => ids.map((id) => names.get(id)).filter((n): n is string => !!n);
  const pendingReplies = state.outbox.filter((e) => e.target.kind === 'reply' && e.target.threadId === thread.id);

  if (!expanded) {
    // No aria-label: the button is named by what it shows (WCAG 2.5.3, label in name).
    return (
      <button
        ref={opener_}
        type="button"
        className={`thread-card thread-collapsed${active ? ' is-active' : ''}${thread.status === 'resolved' ? ' is-resolved' : ''}`}
        data-thread-id={thread.id}
        // From the panel, bring the paragraph into view; in the margin it is already beside it.
        onClick={() => room.activate(thread.id, context === 'panel')}
      >
        {context === 'panel' && (
          <span className="thread-where">
            <span className={removed ? 'thread-removed' : 'thread-number'}>{where}</span>
            {passage && (
              <q className="thread-quote" dir="auto">
                {passage}
              </q>
            )}
          </span>
        )}
        <Byline room={room} author={opener.author} at={opener.createdAt} />
        <span className="thread-preview" dir={opener.deletedAt ? undefined : 'auto'}>
          {opener.deletedAt ? t('comments.comment.deleted') : plainCommentText(opener.body)}
        </span>
        <span className="thread-meta">
          {replies > 0 && <span>{t('comments.thread.replies', { count: replies })}</span>}
          {thread.status === 'resolved' && <span className="status-chip">{t('comments.thread.resolved')}</span>}
          {pendingReplies.length > 0 && (
            <span className="status-chip status-warn">{t('comments.thread.replyNotSent')}</span>
          )}
          {/* Beside its paragraph the place is seen; a screen reader hears it last. */}
          {context === 'margin' && <span className="visually-hidden">{where}</span>}
        </span>
      </button>
    );
  }

  return (
    <article
      ref={card}
      tabIndex={-1}
      className={`thread-card thread-expanded${active ? ' is-active' : ''}${thread.status === 'resolved' ? ' is-resolved' : ''}`}
      data-thread-id={thread.id}
      data-status={thread.status}
      // Named by what it shows: its place and who opened it.
      aria-labelledby={`${titleId} ${authorId}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) room.activate(null);
      }}
    >
      <header className="thread-head">
        <h3 className="thread-title" id={titleId}>
          <span className={removed ? 'thread-removed' : 'thread-number'}>{where}</span>
        </h3>
        {thread.status === 'resolved' && <span className="status-chip">{t('comments.thread.resolved')}</span>}
        <button
          type="button"
          className="icon-button thread-close"
          aria-label={t('comments.thread.close')}
          title={t('comments.thread.closeTitle')}
          onClick={() => room.activate(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {(passage || removed) && (
        <p className="thread-context">
          {removed && passage && <span className="visually-hidden">{t('comments.thread.removedQuote')} </span>}
          {passage ? (
            <q className="thread-quote" dir="auto">
              {passage}
            </q>
          ) : (
            <span>{t('comments.thread.paragraphRemoved')}</span>
          )}
        </p>
      )}
      <ol className="comment-list">
        {thread.comments.map((c, i) => (
          <CommentItem
            key={c.id}
            room={room}
            comment={c}
            mentionNames={mentionNames(c.mentions)}
            nameId={i === 0 ? authorId : undefined}
          />
        ))}
        {pendingReplies.map((entry) => (
          <PendingComment key={entry.id} room={room} entry={entry} />
        ))}
      </ol>
      {thread.status === 'resolved' && thread.resolvedBy && thread.resolvedAt && (
        <p className="thread-resolved-by">
          <FormattedMessage
            id="comments.thread.resolvedBy"
            values={{
              name: <bdi>{thread.resolvedBy.name}</bdi>,
              when: <Time value={thread.resolvedAt} show="dateTime" />,
            }}
          />
        </p>
      )}
      {(room.canSetStatus(thread) || room.canComment) && (
        <footer className="thread-foot">
          {room.canComment && (
            <Composer
              label={t('comments.reply.label', { name: opener.author.name })}
              submitLabel={t('comments.reply.submit')}
              placeholder={t('comments.reply.placeholder')}
              people={state.people}
              onFocus={() => room.loadPeople()}
              onSubmit={(body) => room.reply(thread.id, body)}
              collapsible
            />
          )}
          {room.canSetStatus(thread) && <ResolveButton room={room} thread={thread} />}
        </footer>
      )}
    </article>
  );
}
