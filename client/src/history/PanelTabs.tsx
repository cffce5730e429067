/**
 * The paragraph panel's two views, "Consensus" (status, positions, brackets and their history)
 * and "Text history" (who changed the words), as an ARIA tab list: arrow keys move between
 * the tabs, the selected one is the only one in the tab order.
 */
import type { MessageKey } from '@accord/i18n';
import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n/useT.js';
import './history.css';

export type PanelView = 'consensus' | 'text';

const VIEWS: ReadonlyArray<{ view: PanelView; label: MessageKey }> = [
  { view: 'consensus', label: 'history.tabs.consensus' },
  { view: 'text', label: 'history.tabs.text' },
];

/** The id of a view's tab, for its panel's `aria-labelledby`. */
export const tabId = (idBase: string, view: PanelView) => `${idBase}-tab-${view}`;
/** The id of a view's panel, for its tab's `aria-controls`. */
export const tabPanelId = (idBase: string) => `${idBase}-tabpanel`;

export function PanelTabs({
  idBase,
  view,
  onChange,
}: {
  idBase: string;
  view: PanelView;
  onChange: (view: PanelView) => void;
}) {
  const t = useT();
  const tabs = useRef(new Map<PanelView, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    // The arrow that points forward in the reading direction goes to the next tab: left in Arabic.
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const forward = (event.key === 'ArrowRight') !== rtl;
    const at = VIEWS.findIndex((v) => v.view === view);
    const next = VIEWS[(at + (forward ? 1 : VIEWS.length - 1)) % VIEWS.length]!.view;
    onChange(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('history.tabs.label')} onKeyDown={onKeyDown}>
      {VIEWS.map(({ view: v, label }) => (
        <button
          key={v}
          ref={(el) => void (el ? tabs.current.set(v, el) : tabs.current.delete(v))}
          type="button"
          role="tab"
          id={tabId(idBase, v)}
          aria-selected={view === v}
          aria-controls={tabPanelId(idBase)}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
