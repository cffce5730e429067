/**
 * "Sources: Brazil IGF, EuroDIG" under each compiled paragraph, in the paper's margin below its
 * last line. The paragraph gets `data-sourced` (an attribute, like the numbers plugin's: Lexical's
 * reconciler leaves attributes alone) so CSS leaves room beneath it; the notes themselves are
 * drawn in a layer over `.paper`, positioned from the blocks' `data-block-id` elements after
 * every update and reflow, like the status markers. A coordinator's note is a button that opens
 * the paragraph in the desk, to record where contributions diverge.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useRef } from 'react';
import { createPortal } from 'react-dom';
import { useReflow } from '../editor/reflow.js';
import { usePaperHost } from '../editor/usePaperHost.js';
import { useT } from '../i18n/useT.js';
import { SourcesText } from './SourcesText.js';
import type { SourcesView } from './useSources.js';
import './compilation.css';

export function SourcesPlugin({
  sources,
  onOpen,
}: {
  sources: SourcesView;
  /** Opens the paragraph in the desk (coordinators); without it the notes are plain text. */
  onOpen?: (blockId: string) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const host = usePaperHost();
  const layer = useRef<HTMLDivElement>(null);
  const notes = useRef(new Map<string, HTMLElement>());
  const entries = [...sources.blocks];
  const diverging = new Map<string, number>();
  for (const d of sources.divergences) diverging.set(d.blockId, (diverging.get(d.blockId) ?? 0) + 1);

  const position = useRef(() => {});
  position.current = () => {
    const root = editor.getRootElement();
    const box = layer.current;
    if (!root || !box) return;
    const base = box.getBoundingClientRect();
    for (const element of root.querySelectorAll<HTMLElement>('[data-sourced]')) {
      if (!notes.current.has(element.getAttribute('data-block-id') ?? '')) element.removeAttribute('data-sourced');
    }
    for (const [blockId, note] of notes.current) {
      const element = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
      if (element && !element.hasAttribute('data-sourced')) element.setAttribute('data-sourced', '');
      const rect = element?.getBoundingClientRect();
      note.style.visibility = rect ? '' : 'hidden';
      if (!rect) continue;
      note.style.maxWidth = `${rect.width}px`;
      // The note starts where its paragraph's lines start, as the margin numbers do: the left edge
      // of a left-to-right paragraph, the right edge of a right-to-left one (an Arabic paragraph in
      // an English page, or the reverse). It is anchored at the page's inline start (CSS).
      const pageRtl = getComputedStyle(box).direction === 'rtl';
      const paragraphRtl = element ? getComputedStyle(element).direction === 'rtl' : pageRtl;
      const width = note.offsetWidth;
      const x = pageRtl
        ? (paragraphRtl ? rect.right : rect.left + width) - base.right
        : (paragraphRtl ? rect.right - width : rect.left) - base.left;
      note.style.transform = `translate(${x}px, ${rect.bottom - base.top - note.offsetHeight}px)`;
    }
  };
  useReflow(editor, position, undefined, [host]);

  if (!host) return null;
  return createPortal(
    <div ref={layer} className="source-layer">
      {entries.map(([blockId, list]) => {
        const count = diverging.get(blockId) ?? 0;
        const ref = (el: HTMLElement | null) =>
          void (el ? notes.current.set(blockId, el) : notes.current.delete(blockId));
        return onOpen ? (
          <button
            key={blockId}
            ref={ref}
            type="button"
            className="source-note"
            data-block-id={blockId}
            title={t('compilation.sources.open')}
            onClick={() => onOpen(blockId)}
          >
            <SourcesText sources={list} divergences={count} />
          </button>
        ) : (
          <p key={blockId} ref={ref} className="source-note" data-block-id={blockId}>
            <SourcesText sources={list} divergences={count} />
          </p>
        );
      })}
    </div>,
    host,
  );
}
