/**
 * Which paragraph the side panel shows, and how it shares the window with the comments: the
 * comments room is told the width the panel takes (so cards leave the margin when they no
 * longer fit beside the text), and below a width where the paragraph panel, the text and the
 * comments panel cannot all stand side by side, opening one of the two panels closes the other.
 * Escape closes the paragraph panel and gives focus back to its marker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentsRoom } from '../comments/room.js';
import { useCommentsState } from '../comments/useCommentsRoom.js';

/** The panel's width in px (22rem at the app's 15px root size; `--cs-panel-w` in consensus.css). */
export const PARAGRAPH_PANEL_WIDTH = 330;
/** Below this window width (px) the paragraph panel and the comments panel do not both fit beside the text. */
const BOTH_PANELS_MIN_WIDTH = 1360;

const narrow = () => window.innerWidth < BOTH_PANELS_MIN_WIDTH;

export interface ParagraphPanelState {
  /** The block whose panel is open, or null. */
  open: string | null;
  /** Opens `blockId`'s panel, or closes it when it is the one open. */
  toggle(blockId: string): void;
  close(): void;
}

export function useParagraphPanel(comments: CommentsRoom): ParagraphPanelState {
  const [open, setOpen] = useState<string | null>(null);
  const { panelOpen: commentsOpen } = useCommentsState(comments);

  const current = useRef(open);
  current.current = open;

  const close = useCallback(() => {
    const blockId = current.current;
    // Back to where the person came from: the marker of the paragraph.
    if (blockId) document.querySelector<HTMLElement>(`.status-marker[data-block-id="${CSS.escape(blockId)}"]`)?.focus();
    setOpen(null);
  }, []);

  const toggle = useCallback(
    (blockId: string) => {
      setOpen((shown) => (shown === blockId ? null : blockId));
      if (narrow() && comments.getSnapshot().panelOpen) comments.setPanelOpen(false);
    },
    [comments],
  );

  useEffect(() => comments.setAside(open ? PARAGRAPH_PANEL_WIDTH : 0), [comments, open]);

  // The comments panel was opened (its tab, a badge, a new comment) where both cannot fit: it wins.
  const wasOpen = useRef(commentsOpen);
  useEffect(() => {
    if (commentsOpen && !wasOpen.current && narrow()) setOpen(null);
    wasOpen.current = commentsOpen;
  }, [commentsOpen]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  return { open, toggle, close };
}
