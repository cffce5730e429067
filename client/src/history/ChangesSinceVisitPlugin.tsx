/**
 * "Changes since my last visit" (issue 13): when the document page opens, it tells the server
 * (`POST …/visits`), which remembers the visit and answers the paragraphs others changed since
 * the previous one. Each gets a calm bar along its inline-start edge, named and titled "Changed since
 * your last visit by …", that dismisses itself when clicked; a line above the text counts them
 * and dismisses them all. Drawn in a layer over `.paper`, positioned from the blocks'
 * `data-block-id` elements after every editor update and reflow, like the status markers:
 * nothing is written into Lexical's DOM or the shared document.
 */
import type { DocumentVisit } from '@accord/schema';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { FormattedMessage, useIntl } from 'react-intl';
import { useReflow } from '../editor/reflow.js';
import { useFormat } from '../i18n/format.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { recordVisit } from './api.js';
import { changedSinceLabel } from './labels.js';
import './history.css';
import { usePaperHost } from '../editor/usePaperHost.js';

/** The visit, recorded once per page; null until answered (or when it failed: the marks are a courtesy). */
function useVisit(documentId: string): DocumentVisit | null {
  const [visit, setVisit] = useState<DocumentVisit | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    recordVisit(documentId, controller.signal).then(
      (answer) => !controller.signal.aborted && setVisit(answer),
      () => {},
    );
    return () => controller.abort();
  }, [documentId]);
  return visit;
}

export function ChangesSinceVisitPlugin({
  documentId,
  groupName,
}: {
  documentId: string;
  groupName: (id: string) => string;
}) {
  const [editor] = useLexicalComposerContext();
  const intl = useIntl();
  const t = useT();
  const format = useFormat();
  const host = usePaperHost();
  const visit = useVisit(documentId);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const layer = useRef<HTMLDivElement>(null);
  const marks = useRef(new Map<string, HTMLElement>());

  const position = useRef(() => {});
  position.current = () => {
    const root = editor.getRootElement();
    const box = layer.current;
    if (!root || !box) return;
    const base = box.getBoundingClientRect().top;
    for (const [blockId, mark] of marks.current) {
      const element = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
      const rect = element?.getBoundingClientRect();
      mark.style.visibility = rect ? '' : 'hidden';
      mark.style.transform = `translateY(${rect ? rect.top - base : 0}px)`;
      mark.style.height = `${rect?.height ?? 0}px`;
    }
  };
  useReflow(editor, position, undefined, [host]);

  const shown = (visit?.changed ?? []).filter((c) => !dismissed.has(c.blockId));
  if (!host || !visit || shown.length === 0) return null;
  const dismiss = (blockIds: readonly string[]) => setDismissed(new Set([...dismissed, ...blockIds]));
  return createPortal(
    <div ref={layer} className="since-visit-layer">
      <p className="since-visit-summary" role="status">
        <span className="since-visit-swatch" aria-hidden="true" />
        <span>
          {visit.previousVisit ? (
            <FormattedMessage
              id="history.since.summaryAt"
              values={{ count: shown.length, when: <Time value={visit.previousVisit} /> }}
            />
          ) : (
            t('history.since.summary', { count: shown.length })
          )}
        </span>
        <button type="button" className="link-button" onClick={() => dismiss(shown.map((c) => c.blockId))}>
          {t('history.since.dismiss')}
        </button>
      </p>
      {shown.map((changed) => {
        const label = changedSinceLabel(intl, changed, groupName, format.relative(changed.lastAt));
        return (
          <button
            key={changed.blockId}
            ref={(el) => void (el ? marks.current.set(changed.blockId, el) : marks.current.delete(changed.blockId))}
            type="button"
            className="since-visit-mark"
            data-block-id={changed.blockId}
            aria-label={label}
            title={label}
            onClick={() => dismiss([changed.blockId])}
          />
        );
      })}
    </div>,
    host,
  );
}
