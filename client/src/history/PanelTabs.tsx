/**
 * The paragraph panel's two views, "Consensus" (status, positions, brackets and their history)
 * and "Text history" (who changed the words), as an ARIA tab list: arrow keys move between
 * the tabs, the selected one is the only one in the tab order.
 */
import { useRef, type KeyboardEvent } from 'react';
import './history.css';

export type PanelView = 'consensus' | 'text';

const VIEWS: ReadonlyArray<{ view: PanelView; label: string }> = [
  { view: 'consensus', label: 'Consensus' },
  { view: 'text', label: 'Text history' },
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
  const tabs = useRef(new Map<PanelView, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const at = VIEWS.findIndex((v) => v.view === view);
    const next = VIEWS[(at + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!.view;
    onChange(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div className="panel-tabs" role="tablist" aria-label="Views of this paragraph" onKeyDown={onKeyDown}>
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
          {label}
        </button>
      ))}
    </div>
  );
}
