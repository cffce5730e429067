/**
 * The side panel: every thread of the document, filtered (open / resolved / mine / paragraph /
 * stakeholder group) and in document order, the comments not sent yet, a "Comment" button for
 * the selection, and the screen-reader announcement of new comments. Fixed to the right edge
 * of the window under the header; {@link CommentsToggle} in the toolbar opens and closes it.
 *
 * Render it beside the editor (see index.ts); it shares the CommentsRoom with CommentsPlugin.
 */
import { useEffect } from 'react';
import '../styles/comments.css';
import '../styles/comment-threads.css';
import { describe } from '../editor/shortcuts.js';
import { visibleThreads } from './filters.js';
import { DraftCard, PendingThreadCard } from './NewThreadCard.js';
import { PanelFilters } from './PanelFilters.js';
import { COMMENT_SHORTCUT, type CommentsRoom } from './room.js';
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

/** The panel's element id (one per page). */
const PANEL_ID = 'comments-panel';

export function CommentsPanel({ room }: { room: CommentsRoom }) {
  const state = useCommentsState(room);
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
        {state.announcement && <span key={state.announcement.seq}>{state.announcement.text}</span>}
      </div>
      {state.notice && (
        <div className="comments-notice" role="status" key={state.notice.seq}>
          {state.notice.text}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => room.dismissNotice()}>
            ×
          </button>
        </div>
      )}
      {state.panelOpen && (
        <aside id={panelId} className="comments-panel" data-open="" aria-labelledby={`${panelId}-title`}>
          <header className="panel-head">
            <h2 id={`${panelId}-title`} tabIndex={-1}>
              Comments
            </h2>
            <span className={`feed-status feed-${state.feed}`} title={state.feedProblem ?? undefined}>
              {state.feed === 'live'
                ? 'Live'
                : state.feed === 'refused'
                  ? 'Unavailable'
                  : state.feed === 'connecting'
                    ? 'Connecting…'
                    : 'Reconnecting…'}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label="Close the comments panel"
              aria-expanded="true"
              aria-controls={panelId}
              onClick={() => {
                room.setPanelOpen(false);
                document.querySelector<HTMLElement>('.comments-toggle')?.focus();
              }}
            >
              ×
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
                  state.selectionReady
                    ? `Comment on the selection (${shortcut})`
                    : 'Select text or place the caret in a paragraph first'
                }
              >
                <CommentIcon /> Comment
              </button>
              <span className="panel-hint">on the selection · {shortcut}</span>
            </div>
          )}
          <PanelFilters room={room} />
          <div className="panel-list">
            {!state.marginOn && <DraftCard room={room} />}
            {pendingThreads.length > 0 && (
              <ul className="thread-list" aria-label="Not sent yet">
                {pendingThreads.map((entry) => (
                  <li key={entry.id}>
                    <PendingThreadCard room={room} entry={entry} />
                  </li>
                ))}
              </ul>
            )}
            {state.feedProblem && <p className="panel-empty">Comments cannot be shown: {state.feedProblem}</p>}
            {!state.loaded && !state.feedProblem && <p className="panel-empty">Loading comments…</p>}
            {state.loaded && threads.length === 0 && (
              <p className="panel-empty">
                {state.threads.length === 0
                  ? room.canComment
                    ? `No comments yet. Select text and press ${shortcut} to start one.`
                    : 'No comments yet.'
                  : 'No threads match these filters.'}
              </p>
            )}
            <ul className="thread-list" aria-label="Threads">
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
          </div>
          <footer className="panel-foot">
            <a href={`/api/documents/${encodeURIComponent(room.documentId)}/comments?format=csv`} download>
              Export as CSV
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
  const open = state.threads.filter((t) => t.status === 'open').length;
  return (
    <button
      type="button"
      // `comments-tab` while closed: what tests and scripts wait for once the comments are set up.
      className={state.panelOpen ? 'comments-toggle' : 'comments-toggle comments-tab'}
      aria-expanded={state.panelOpen}
      aria-controls={PANEL_ID}
      title={state.panelOpen ? 'Close the comments panel' : 'Open the comments panel'}
      onClick={() => {
        room.setPanelOpen(!state.panelOpen);
        if (!state.panelOpen) requestAnimationFrame(() => document.getElementById(`${PANEL_ID}-title`)?.focus());
      }}
    >
      <CommentIcon />
      <span>Comments</span>
      {open > 0 && <span className="comments-count">{open}</span>}
    </button>
  );
}
