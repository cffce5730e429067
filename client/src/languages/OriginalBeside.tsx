/**
 * The original beside a language version's text, inside its editor (render it as a child of
 * the document's LexicalComposer). On a wide paper each paragraph's original sits in a column
 * at the paper's inline end (the left in Arabic), level with its translation: a translation
 * shorter than its original is given the original's height (`min-height` on its block, which
 * Lexical leaves alone), so the two stay side by side all the way down. On a narrow paper (a
 * phone, or side panels open) there is no room for a column: the original of the paragraph
 * being written shows above it while the text or the card has focus.
 *
 * Rendered into the layer over the paper, like the comment margin; positions are set on the
 * elements after every update and reflow, without re-rendering.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Alignment } from '@accord/schema';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useReflow } from '../editor/reflow.js';
import { usePaperHost } from '../editor/usePaperHost.js';
import { useT } from '../i18n/useT.js';
import { OriginalCard } from './OriginalCard.js';

/** Below this paper width (px) there is no room for the column: the original shows above the paragraph in focus. */
export const COLUMN_MIN_WIDTH = 880;
/** Space between one card and the next when an original is taller than the room its block gives. */
const GAP = 8;

export interface OriginalBesideProps {
  alignment: Alignment;
  canEdit: boolean;
  /** The block being marked up to date, if any. */
  marking: string | null;
  onMark: (blockId: string) => void;
}

/** Gives blocks their own height back, but those in `keep`. */
function releaseHeights(heightened: Set<HTMLElement>, keep: ReadonlySet<HTMLElement> = new Set()): void {
  for (const element of heightened) {
    if (keep.has(element)) continue;
    element.style.removeProperty('min-height');
    heightened.delete(element);
  }
}

const blockOf = (root: HTMLElement, blockId: string) =>
  root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);

export function OriginalBeside(props: OriginalBesideProps) {
  const host = usePaperHost();
  return host ? createPortal(<Layer {...props} />, host) : null;
}

function Layer({ alignment, canEdit, marking, onMark }: OriginalBesideProps) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const layer = useRef<HTMLElement>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  // Blocks given a height, to give it back when they no longer need it.
  const heightened = useRef(new Set<HTMLElement>());
  const [mode, setMode] = useState<'column' | 'focus'>('column');
  // Narrow mode: the paragraph whose original shows, while the text or its card has focus.
  const [focused, setFocused] = useState<string | null>(null);
  const paragraphs = alignment.paragraphs.filter((p) => p.status !== 'missing');
  const shown = mode === 'column' ? paragraphs : paragraphs.filter((p) => p.blockId === focused);

  const release = (keep?: ReadonlySet<HTMLElement>) => releaseHeights(heightened.current, keep);

  const position = useRef(() => {});
  position.current = () => {
    const root = editor.getRootElement();
    const own = layer.current;
    const paper = own?.parentElement;
    if (!root || !own || !paper) return;
    const next = paper.clientWidth >= COLUMN_MIN_WIDTH ? 'column' : 'focus';
    if (next !== mode) setMode(next);
    const base = own.getBoundingClientRect().top;
    if (mode === 'focus') {
      release();
      const card = focused === null ? undefined : cards.current.get(focused);
      const block = focused === null ? null : blockOf(root, focused);
      if (!card) return;
      card.style.visibility = block ? '' : 'hidden';
      if (block) {
        const top = block.getBoundingClientRect().top - base - card.offsetHeight - GAP;
        card.style.transform = `translateY(${Math.max(0, top)}px)`;
      }
      return;
    }
    const kept = new Set<HTMLElement>();
    let bottom = Number.NEGATIVE_INFINITY;
    for (const p of paragraphs) {
      const card = cards.current.get(p.blockId);
      if (!card) continue;
      const block = blockOf(root, p.blockId);
      if (!block) {
        card.style.visibility = 'hidden';
        continue;
      }
      const height = card.offsetHeight;
      const wanted = `${height}px`;
      if (block.style.minHeight !== wanted) block.style.minHeight = wanted;
      heightened.current.add(block);
      kept.add(block);
      const top = Math.max(block.getBoundingClientRect().top - base, bottom + GAP);
      card.style.visibility = '';
      card.style.transform = `translateY(${top}px)`;
      bottom = top + height;
    }
    release(kept);
  };

  useReflow(editor, position, layer, [mode, focused]);
  // A card that changes height (its text, the diff, fonts arriving) moves the ones below it.
  useEffect(() => {
    const observer = new ResizeObserver(() => position.current());
    for (const element of cards.current.values()) observer.observe(element);
    return () => observer.disconnect();
  });
  // Gives the blocks their own height back when the original is hidden or the page closes.
  useEffect(() => {
    const heights = heightened.current;
    return () => releaseHeights(heights);
  }, []);

  // Narrow mode: follow the caret (CurrentBlockPlugin marks its block) while focus is in the text or the card.
  useEffect(() => {
    if (mode !== 'focus') {
      setFocused(null);
      return;
    }
    const update = () => {
      const root = editor.getRootElement();
      const active = document.activeElement;
      const inLayer = !!active && !!layer.current?.contains(active);
      if (inLayer) return; // keep the card that has focus
      if (!root || !active || !root.contains(active)) {
        setFocused(null);
        return;
      }
      setFocused(root.querySelector<HTMLElement>('[data-current]')?.getAttribute('data-block-id') ?? null);
    };
    // After the frame: the caret's block is marked, and focus has landed where it went.
    const later = () => void requestAnimationFrame(update);
    const off = editor.registerUpdateListener(later);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', later);
    document.addEventListener('selectionchange', update);
    update();
    return () => {
      off();
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', later);
      document.removeEventListener('selectionchange', update);
    };
  }, [editor, mode]);

  return (
    <section
      ref={layer}
      className="lv-layer"
      data-mode={mode}
      aria-label={t('languages.original.region', { language: alignment.originalLanguage })}
    >
      {mode === 'column' && (
        <p className="lv-column-head" aria-hidden="true">
          {t('languages.original.columnHead', { language: alignment.originalLanguage })}
        </p>
      )}
      <div className="lv-column">
        {shown.map((p) => (
          <div
            key={p.blockId}
            className="lv-slot"
            ref={(el) => void (el ? cards.current.set(p.blockId, el) : cards.current.delete(p.blockId))}
          >
            <OriginalCard
              paragraph={p}
              language={alignment.originalLanguage}
              canEdit={canEdit}
              marking={marking === p.blockId}
              onMark={onMark}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
