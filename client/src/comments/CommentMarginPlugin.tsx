/**
 * The margin beside the paper: a count badge on every paragraph with open threads, and — when
 * the window is wide enough — the thread cards themselves, each aligned with its paragraph's
 * top (layoutMargin keeps them from overlapping, the active one exactly beside its paragraph).
 * Rendered into the comment layer over the paper, so it scrolls with the text; positions are
 * set directly on the elements after each render and on every reflow, without re-rendering.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { badgeCounts, marginEntries, type MarginEntry } from './margin-entries.js';
import { layoutMargin } from './margin-layout.js';
import { DraftCard, PendingThreadCard } from './NewThreadCard.js';
import type { CommentsRoom } from './room.js';
import { ThreadCard } from './ThreadCard.js';
import { useCommentsState } from './useCommentsRoom.js';
import { blockElement, DRAFT_PLACE } from './CommentAnchorsPlugin.js';
import { useReflow } from '../editor/reflow.js';

function Card({
  room,
  entry,
  active,
  onOpenStack,
}: {
  room: CommentsRoom;
  entry: MarginEntry;
  active: boolean;
  onOpenStack: (blockId: string) => void;
}) {
  const t = useT();
  switch (entry.kind) {
    case 'thread':
      return <ThreadCard room={room} thread={entry.thread} context="margin" active={active} expanded={active} />;
    case 'pending':
      return <PendingThreadCard room={room} entry={entry.entry} />;
    case 'draft':
      return <DraftCard room={room} />;
    case 'stack':
      return (
        <button
          type="button"
          className="thread-card thread-stack"
          onClick={() => onOpenStack(entry.blockId)}
          aria-expanded="false"
        >
          {t('comments.margin.stack', { count: entry.threadIds.length })}
          <span className="thread-stack-more">{t('comments.margin.showAll')}</span>
        </button>
      );
  }
}

export function CommentMarginPlugin({ room }: { room: CommentsRoom }) {
  const [editor] = useLexicalComposerContext();
  const state = useCommentsState(room);
  const t = useT();
  const format = useFormat();
  const [openStacks, setOpenStacks] = useState<ReadonlySet<string>>(() => new Set());
  const layer = useRef<HTMLDivElement>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const badgeEls = useRef(new Map<string, HTMLElement>());

  const entries = state.marginOn
    ? marginEntries(
        {
          threads: state.threads,
          outbox: state.outbox,
          hasDraft: state.draft !== null,
          places: state.places,
          activeId: state.activeId,
        },
        openStacks,
        DRAFT_PLACE,
      )
    : [];
  const badges = badgeCounts(state.threads, state.places);
  const focusId = state.draft ? DRAFT_PLACE : state.activeId;

  // Where everything goes, from where the paragraphs are now.
  const position = useRef(() => {});
  position.current = () => {
    const root = editor.getRootElement();
    const host = layer.current;
    if (!root || !host) return;
    const base = host.getBoundingClientRect().top;
    const topOf = (blockId: string) => {
      const element = blockElement(root, blockId);
      return element ? element.getBoundingClientRect().top - base : null;
    };
    for (const [blockId, badge] of badgeEls.current) {
      const top = topOf(blockId);
      badge.style.visibility = top === null ? 'hidden' : '';
      badge.style.transform = `translateY(${top ?? 0}px)`;
    }
    const items = entries.flatMap((entry) => {
      const element = cards.current.get(entry.id);
      const top = topOf(entry.blockId);
      return element && top !== null ? [{ id: entry.id, top, height: element.offsetHeight }] : [];
    });
    const tops = layoutMargin(items, focusId, 10);
    for (const [id, element] of cards.current) {
      const top = tops.get(id);
      element.style.visibility = top === undefined ? 'hidden' : '';
      element.style.transform = `translateY(${top ?? 0}px)`;
    }
  };

  useReflow(editor, position, layer);

  // A card that changes height (opened, a reply added) moves the ones below it.
  useEffect(() => {
    const observer = new ResizeObserver(() => position.current());
    for (const element of cards.current.values()) observer.observe(element);
    return () => observer.disconnect();
  });

  // The panel asked to show a thread: bring its paragraph into view.
  useEffect(() => {
    if (!state.reveal) return;
    const place = room.getSnapshot().places.get(state.reveal.id);
    const root = editor.getRootElement();
    const element = place?.found && root ? blockElement(root, place.blockId) : null;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }, [state.reveal, room, editor]);

  const openBadge = (blockId: string, first: string, number: number | null) => {
    if (state.marginOn) {
      setOpenStacks((s) => new Set([...s, blockId]));
      room.activate(first);
    } else {
      room.setFilters({ paragraph: number, status: 'open' });
      room.setPanelOpen(true);
      room.activate(first);
    }
  };

  return (
    // The paper moves aside for the cards only when there are cards: a document without comments stays centred.
    <div ref={layer} className="comment-layer" data-margin={entries.length > 0 ? '' : undefined}>
      <div className="comment-badges">
        {[...badges].map(([blockId, { count, number, first }]) => (
          <button
            key={blockId}
            ref={(el) => void (el ? badgeEls.current.set(blockId, el) : badgeEls.current.delete(blockId))}
            type="button"
            className="comment-badge"
            data-block-id={blockId}
            // Starts with the count it shows (WCAG 2.5.3, label in name).
            aria-label={
              number === null
                ? t('comments.margin.badgeBlock', { count })
                : t('comments.margin.badge', { count, number })
            }
            onClick={() => openBadge(blockId, first, number)}
          >
            <svg width="13" height="13" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
              <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.4A8 8 0 1 1 21 12Z" />
            </svg>
            {format.number(count)}
          </button>
        ))}
      </div>
      {state.marginOn && (
        <div className="comment-margin" role="region" aria-label={t('comments.margin.region')}>
          {entries.map((entry) => (
            <div
              key={entry.id}
              className="margin-slot"
              ref={(el) => void (el ? cards.current.set(entry.id, el) : cards.current.delete(entry.id))}
              data-active={entry.id === focusId || undefined}
            >
              <Card
                room={room}
                entry={entry}
                active={entry.id === state.activeId}
                onOpenStack={(blockId) => setOpenStacks((s) => new Set([...s, blockId]))}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
