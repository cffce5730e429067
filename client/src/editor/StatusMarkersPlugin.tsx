/**
 * Paragraph status markers in the margin, beside the paragraph numbers: a coloured shape with
 * a letter (drafting D, under discussion U, contested C, agreed ad ref R, agreed A), a flag
 * when an agreed text changed since, and under it a mark while members' status proposals wait
 * for a coordinator. Both open the paragraph panel (ParagraphPanel, a side column the page
 * renders). Drawn in a layer over `.paper`, positioned from the blocks' `data-block-id`
 * elements after every editor update and reflow, so nothing is written into Lexical's DOM.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useRef } from 'react';
import { createPortal } from 'react-dom';
import '../styles/consensus.css';
import type { ParagraphStatus } from '@accord/schema';
import { blockName, joinParts, markerLabel, STATUS_LOOK, statusLetter, statusName } from '../consensus/labels.js';
import type { ConsensusRoom } from '../consensus/room.js';
import { useFormat } from '../i18n/format.js';
import { type T, useT } from '../i18n/useT.js';
import { useReflow } from './reflow.js';
import { usePaperHost } from './usePaperHost.js';

/** "Mei Tanaka proposes Agreed", or "2 proposals: Agreed, Contested". */
function proposalLabel(proposals: ReadonlyArray<{ actor: { name: string }; to: ParagraphStatus }>, t: T): string {
  const last = proposals[proposals.length - 1]!;
  return proposals.length === 1
    ? t('consensus.proposal.one', { name: last.actor.name, status: statusName(last.to, t) })
    : t('consensus.proposal.many', {
        count: proposals.length,
        statuses: joinParts(
          [...new Set(proposals.map((p) => p.to))].map((s) => statusName(s, t)),
          t,
        ),
      });
}

export function StatusMarkersPlugin({
  room,
  open,
  onToggle,
}: {
  room: ConsensusRoom;
  /** The paragraph whose panel is open. */
  open: string | null;
  onToggle: (blockId: string) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const format = useFormat();
  const host = usePaperHost();
  const layer = useRef<HTMLDivElement>(null);
  const markers = useRef(new Map<string, HTMLElement>());
  const paragraphs = room.live.value?.paragraphs ?? [];

  const position = useRef(() => {});
  position.current = () => {
    const root = editor.getRootElement();
    const box = layer.current;
    if (!root || !box) return;
    const base = box.getBoundingClientRect().top;
    for (const [blockId, marker] of markers.current) {
      const element = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
      const top = element ? element.getBoundingClientRect().top - base : null;
      marker.style.visibility = top === null ? 'hidden' : '';
      marker.style.transform = `translateY(${top ?? 0}px)`;
    }
  };
  useReflow(editor, position, undefined, [host]);

  if (!host) return null;
  return createPortal(
    <div ref={layer} className="status-layer">
      {paragraphs.map((p) => {
        const look = STATUS_LOOK[p.status];
        const letter = statusLetter(p.status, t);
        const number = p.number === null ? null : (p.label ?? p.number);
        const label = markerLabel(number, p.status, p.changedSinceAgreed, p.openBrackets, t);
        const proposed = p.proposals.length > 0 ? proposalLabel(p.proposals, t) : null;
        const latest = p.proposals[p.proposals.length - 1];
        return (
          <div
            key={p.blockId}
            ref={(el) => void (el ? markers.current.set(p.blockId, el) : markers.current.delete(p.blockId))}
            className="status-slot"
            data-block-id={p.blockId}
          >
            <button
              type="button"
              className="status-marker"
              data-block-id={p.blockId}
              data-status={p.status}
              data-shape={look.shape}
              data-changed={p.changedSinceAgreed || undefined}
              data-long={letter.length > 1 || undefined}
              aria-label={label}
              aria-expanded={open === p.blockId}
              title={t('consensus.marker.title', { label })}
              onClick={() => onToggle(p.blockId)}
            >
              <span className="status-letter" aria-hidden="true">
                {letter}
              </span>
              {p.changedSinceAgreed && (
                <span className="status-changed" aria-hidden="true">
                  !
                </span>
              )}
            </button>
            {proposed && latest && (
              <button
                type="button"
                className="proposal-mark"
                data-block-id={p.blockId}
                data-to={latest.to}
                data-count={p.proposals.length}
                aria-label={t('consensus.proposal.markLabel', {
                  where: blockName(number, t),
                  proposals: proposed,
                  decide: room.may.setStatus ? 'yes' : 'no',
                })}
                title={t('consensus.proposal.markTitle', {
                  proposals: proposed,
                  decide: room.may.setStatus ? 'yes' : 'no',
                })}
                onClick={() => {
                  if (open !== p.blockId) onToggle(p.blockId);
                }}
              >
                <span aria-hidden="true">{t('consensus.proposal.letter', { letter: statusLetter(latest.to, t) })}</span>
                {p.proposals.length > 1 && (
                  <span className="proposal-count" aria-hidden="true">
                    {format.number(p.proposals.length)}
                  </span>
                )}
              </button>
            )}
          </div>
        );
      })}
    </div>,
    host,
  );
}
