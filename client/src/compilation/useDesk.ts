/**
 * The compilation desk's place on the document page: open or closed, the paragraph at the caret
 * (where an insert goes), and the paragraph whose divergences are being recorded. The desk takes
 * the paragraph panel's column at the left: opening one closes the other, and the comments are
 * told the width it takes, as the paragraph panel does. Like the paragraph panel it takes the
 * focus when it opens and gives it back when it closes (Escape closes it).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentsRoom } from '../comments/room.js';
import type { ParagraphPanelState } from '../consensus/useParagraphPanel.js';
import type { CaretBlock } from './CaretBlockPlugin.js';

/** The desk's width in px (26rem at the app's 15px root size; compilation.css). */
export const DESK_WIDTH = 390;

export interface DeskState {
  shown: boolean;
  caret: CaretBlock | null;
  setCaret(block: CaretBlock): void;
  divergenceOn: CaretBlock | null;
  toggle(): void;
  /** Opens the desk on a paragraph, to record where contributions diverge on it. */
  openOn(blockId: string): void;
  close(): void;
}

export function useDesk(comments: CommentsRoom, panel: ParagraphPanelState, allowed: boolean): DeskState {
  const [open, setOpen] = useState(false);
  const [caret, setCaret] = useState<CaretBlock | null>(null);
  const [divergenceOn, setDivergenceOn] = useState<CaretBlock | null>(null);
  const shown = allowed && open && panel.open === null;
  // After the paragraph panel's own effect (this hook is called after it): the desk's width wins while it shows.
  useEffect(() => {
    if (shown) comments.setAside(DESK_WIDTH);
    else if (panel.open === null) comments.setAside(0);
  }, [comments, shown, panel.open]);
  const { open: panelOpen, close: closePanel } = panel;
  const toggle = useCallback(() => {
    if (panelOpen !== null) closePanel();
    setOpen((was) => (panelOpen !== null ? true : !was));
    setDivergenceOn(null);
  }, [panelOpen, closePanel]);
  const openOn = useCallback(
    (blockId: string) => {
      if (panelOpen !== null) closePanel();
      const element = document.querySelector(`.doc-content [data-block-id="${CSS.escape(blockId)}"]`);
      setDivergenceOn({ blockId, label: element?.getAttribute('data-number') ?? null });
      setOpen(true);
    },
    [panelOpen, closePanel],
  );
  const close = useCallback(() => {
    setOpen(false);
    setDivergenceOn(null);
  }, []);
  // The keyboard: the desk takes the focus when it opens (its heading), Escape closes it, and the
  // focus goes back where it was (the desk's button, a source note) when it closes.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!shown) {
      const back = returnTo.current;
      returnTo.current = null;
      const lost = !document.activeElement || document.activeElement === document.body;
      if (back?.isConnected && lost) back.focus();
      return;
    }
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    document.getElementById('desk-h')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, close]);
  return { shown, caret, setCaret, divergenceOn, toggle, openOn, close };
}
