/**
 * The side panel: every thread of the document, filtered (open / resolved / mine / paragraph /
 * stakeholder group) and in document order, the comments not sent yet, a "Comment" button for
 * the selection, and the screen-reader announcement of new comments. Fixed to the inline-end
 * edge of the window under the header (the left one in Arabic); {@link CommentsToggle} in the toolbar opens and closes it.
 *
 * Render it beside the editor (see index.ts); it shares the CommentsRoom with CommentsPlugin.
 */
import type { MessageKey } from '@accord/i18n';
import { type ReactNode, useEffect } from 'react';
import '../styles/comments.css';
import '../styles/comment-threads.css';
import { describe } from '../editor/shortcuts.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { visibleThreads } from './filters.js';
import { DraftCard, PendingThreadCard } from './NewThreadCard.js';
import { PanelFilters } from './PanelFilters.js';
import { COMMENT_SHORTCUT, type CommentsRoom, type CommentsState } from './room.js';
import { ThreadCard } from './ThreadCard.js';
import { useCommentsState } from './useCommentsRoom.js';

function CommentIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.4A8 8 0 1 1 21 12Z" />
    </svg>
  );
}

/** What the live feed's state is called beside the panel's title. */
const FEED_STATUS = {
  live: 'comments.feed.live',
  refused: 'comments.feed.refused',
  connecting: 'comments.feed.connecting',
  reconnecting: 'comments.feed.reconnecting',
} as const satisfies Record<CommentsState['feed'], MessageKey>;

/** The panel's element id (one per page). */
const PANEL_ID = 'comments-panel';

export function CommentsPanel({
  room,
  extra,
}: {
  room: CommentsRoom;
  /** Shown under the threads (the filtered paragraph's threads in the document's other languages). */
  extra?: ReactNode;
}) {
  const state = useCommentsState(room);
  const t = useT();
  const panelId = PANEL_ID;

  useEffect(() => {
    const measure = () => room.setViewportWidth(window.innerWidth);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [room]);

  // The notice goes after a few seconds; it was also announced.
  useEffect(() => {
    if (!state.notice) return;
    const timer = setTimeout(() => room.dismissNotice(), 5000);
    return () => clearTimeout(timer);
  }, [room, state.notice]);

  const pendingThreads = state.outbox.filter((e) => e.target.kind === 'thread');
  const threads = visibleThreads(state.threads, state.filters, room.person.id, state.places);
  const inMargin = (id: string) => state.marginOn && state.places.get(id)?.found === true;
  const shortcut = describe(COMMENT_SHORTCUT);

  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {state.announcement && (
          <span key={state.announcement.seq}>{t(state.announcement.id, state.announcement.values)}</span>
        )}
      </div>
      {state.notice && (
        <div className="comments-notice" role="status" key={state.notice.seq}>
          {t(state.notice.id, state.notice.values)}
          <button
            type="button"
            className="icon-button"
            aria-label={t('comments.notice.dismiss')}
            onClick={() => room.dismissNotice()}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
      {state.panelOpen && (
        <aside id={panelId} className="comments-panel" data-open="" aria-labelledby={`${panelId}-title`}>
          <header className="panel-head">
            <h2 id={`${panelId}-title`} tabIndex={-1}>
              {t('comments.panel.title')}
            </h2>
            <span className={`feed-status feed-${state.feed}`} title={state.feedProblem ?? undefined}>
              {t(FEED_STATUS[state.feed])}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('comments.panel.close')}
              aria-expanded="true"
              aria-controls={panelId}
              onClick={() => {
                room.setPanelOpen(false);
                document.querySelector<HTMLElement>('.comments-toggle')?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {room.canComment && (
            <div className="panel-compose">
              <button
                type="button"
                className="btn btn-small btn-primary"
                // Keep the document's selection: the button reads it.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => room.commentOnSelection()}
                disabled={!state.selectionReady}
                aria-keyshortcuts={describe(COMMENT_SHORTCUT, 'aria')}
                title={
                  state.selectionReady ? t('comments.compose.title', { shortcut }) : t('comments.compose.needSelection')
                }
              >
                <CommentIcon /> {t('comments.compose.button')}
              </button>
              <span className="panel-hint">{t('comments.compose.hint', { shortcut })}</span>
            </div>
          )}
          <PanelFilters room={room} />
          <div className="panel-list">
            {!state.marginOn && <DraftCard room={room} />}
            {pendingThreads.length > 0 && (
              <ul className="thread-list" aria-label={t('comments.panel.notSent')}>
                {pendingThreads.map((entry) => (
                  <li key={entry.id}>
                    <PendingThreadCard room={room} entry={entry} />
                  </li>
                ))}
              </ul>
            )}
            {state.feedProblem && (
              <p className="panel-empty">{t('comments.panel.cannotShow', { problem: state.feedProblem })}</p>
            )}
            {!state.loaded && !state.feedProblem && <p className="panel-empty">{t('comments.panel.loading')}</p>}
            {state.loaded && threads.length === 0 && (
              <p className="panel-empty">
                {state.threads.length === 0
                  ? room.canComment
                    ? t('comments.panel.emptyStart', { shortcut })
                    : t('comments.panel.empty')
                  : t('comments.panel.noMatch')}
              </p>
            )}
            <ul className="thread-list" aria-label={t('comments.panel.threads')}>
              {threads.map((thread) => {
                const active = state.activeId === thread.id;
                return (
                  <li key={thread.id}>
                    <ThreadCard
                      room={room}
                      thread={thread}
                      context="panel"
                      active={active}
                      expanded={active && !inMargin(thread.id)}
                    />
                  </li>
                );
              })}
            </ul>
            {extra}
          </div>
          <footer className="panel-foot">
            <a href={`/api/documents/${encodeURIComponent(room.documentId)}/comments?format=csv`} download>
              {t('comments.panel.exportCsv')}
            </a>
          </footer>
        </aside>
      )}
    </>
  );
}

/**
 * The toolbar's "Comments" button, with the open-thread count: opens the side panel (and
 * moves focus to it) or closes it. In the toolbar it is never clipped by the window's edge and
 * never lies over the text.
 */
export function CommentsToggle({ room }: { room: CommentsRoom }) {
  const state = useCommentsState(room);
  const t = useT();
  const format = useFormat();
  const open = state.threads.filter((thread) => thread.status === 'open').length;
  return (
    <button
      type="button"
      // `comments-tab` while closed: what tests and scripts wait for once the comments are set up.
      className={state.panelOpen ? 'comments-toggle' : 'comments-toggle comments-tab'}
      aria-expanded={state.panelOpen}
      aria-controls={PANEL_ID}
      title={state.panelOpen ? t('comments.panel.close') : t('comments.panel.open')}
      onClick={() => {
        room.setPanelOpen(!state.panelOpen);
        if (!state.panelOpen) requestAnimationFrame(() => document.getElementById(`${PANEL_ID}-title`)?.focus());
      }}
    >
      <CommentIcon />
      <span>{t('comments.panel.title')}</span>
      {open > 0 && <span className="comments-count">{format.number(open)}</span>}
    </button>
  );
}
