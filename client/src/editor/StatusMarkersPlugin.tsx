/**
 * Paragraph status markers in the margin, beside the paragraph numbers: a coloured shape with
 * a letter (drafting D, under discussion U, contested C, agreed ad ref R, agreed A), a flag
 * when an agreed text changed since, and a menu (ParagraphPanel) on click. Rendered into a
 * layer over `.paper` (like the comment margin), positioned from the blocks' `data-block-id`
 * elements after every editor update and reflow, so nothing is written into Lexical's DOM.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import '../styles/consensus.css';
import { markerLabel, STATUS_LOOK } from '../consensus/labels.js';
import { ParagraphPanel } from '../consensus/ParagraphPanel.js';
import type { ConsensusRoom } from '../consensus/room.js';
import { useReflow } from './reflow.js';

function useHost(): HTMLElement | null {
  const [editor] = useLexicalComposerContext();
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(
    () =>
      editor.registerRootListener((root) =>
        setHost(root ? (root.closest<HTMLElement>('.paper') ?? root.parentElement) : null),
      ),
    [editor],
  );
  return host;
}

export function StatusMarkersPlugin({ room }: { room: ConsensusRoom }) {
  const [editor] = useLexicalComposerContext();
  const host = useHost();
  const layer = useRef<HTMLDivElement>(null);
  const markers = useRef(new Map<string, HTMLElement>());
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const paragraphs = room.live.value?.paragraphs ?? [];

  const position = useRef(() => {});
  position.current = () => {
    const root = editor.getRootElement();
    const box = layer.current;
    if (!root || !box) return;
    const base = box.getBoundingClientRect().top;
    const topOf = (blockId: string) => {
      const element = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
      return element ? element.getBoundingClientRect().top - base : null;
    };
    for (const [blockId, marker] of markers.current) {
      const top = topOf(blockId);
      marker.style.visibility = top === null ? 'hidden' : '';
      marker.style.transform = `translateY(${top ?? 0}px)`;
    }
    if (open && panelRef.current) {
      const top = topOf(open);
      panelRef.current.style.transform = `translateY(${(top ?? 0) + 30}px)`;
    }
  };
  useReflow(editor, position, undefined, [host]);

  // Escape closes the menu and gives focus back to its marker.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      markers.current.get(open)?.focus();
      setOpen(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (!host) return null;
  const current = open ? paragraphs.find((p) => p.blockId === open) : undefined;
  return createPortal(
    <div ref={layer} className="status-layer">
      {paragraphs.map((p) => {
        const look = STATUS_LOOK[p.status];
        const label = markerLabel(p.number, p.status, p.changedSinceAgreed, p.openBrackets);
        return (
          <button
            key={p.blockId}
            ref={(el) => void (el ? markers.current.set(p.blockId, el) : markers.current.delete(p.blockId))}
            type="button"
            className="status-marker"
            data-block-id={p.blockId}
            data-status={p.status}
            data-shape={look.shape}
            data-changed={p.changedSinceAgreed || undefined}
            aria-label={label}
            aria-expanded={open === p.blockId}
            title={`${label} — status and positions`}
            onClick={() => setOpen((o) => (o === p.blockId ? null : p.blockId))}
          >
            <span className="status-letter" aria-hidden="true">
              {look.letter}
            </span>
            {p.changedSinceAgreed && (
              <span className="status-changed" aria-hidden="true">
                !
              </span>
            )}
          </button>
        );
      })}
      {current && (
        <div ref={panelRef} className="cs-panel-slot">
          <ParagraphPanel room={room} paragraph={current} onClose={() => setOpen(null)} />
        </div>
      )}
    </div>,
    host,
  );
}
