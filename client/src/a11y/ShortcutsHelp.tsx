/**
 * A keyboard button beside the comments button ("Keyboard shortcuts"): a disclosure listing how
 * to move through the document, comment, open a paragraph's status and positions and hear where
 * the caret is. Escape or the button closes it, and the focus goes back to the button; a click
 * elsewhere closes it too.
 */
import { KeyboardIcon } from '../editor/icons.js';
import { useEffect, useId, useRef, useState } from 'react';
import { COMMENT_SHORTCUT } from '../comments/room.js';
import { describe, IS_APPLE, type Shortcut } from '../editor/shortcuts.js';
import { useT } from '../i18n/useT.js';
import type { MessageKey } from '@accord/i18n';
import { NEXT_PARAGRAPH_SHORTCUT, PANEL_SHORTCUT, PREVIOUS_PARAGRAPH_SHORTCUT, WHERE_SHORTCUT } from './shortcuts.js';

/** "Ctrl+↓" (or the Apple keyboard's own ⌥↓) for the arrow shortcuts; describe() for the rest. */
function keys(shortcut: Shortcut): string {
  const arrow = shortcut.code === 'ArrowDown' ? '↓' : shortcut.code === 'ArrowUp' ? '↑' : null;
  if (arrow) return IS_APPLE ? `⌥${arrow}` : `Ctrl+${arrow}`;
  return describe(shortcut);
}

const ROWS: ReadonlyArray<[MessageKey, string]> = [
  ['a11y.shortcuts.nextParagraph', keys(NEXT_PARAGRAPH_SHORTCUT)],
  ['a11y.shortcuts.previousParagraph', keys(PREVIOUS_PARAGRAPH_SHORTCUT)],
  ['a11y.shortcuts.where', keys(WHERE_SHORTCUT)],
  ['a11y.shortcuts.comment', keys(COMMENT_SHORTCUT)],
  ['a11y.shortcuts.panel', keys(PANEL_SHORTCUT)],
  // Key caps are named as printed on them, in every language.
  ['a11y.shortcuts.escape', 'Esc'],
];

export function ShortcutsHelp() {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    // A click elsewhere closes it too, leaving the focus where the click put it.
    const onPointer = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={box} className="shortcuts-help">
      <button
        ref={button}
        type="button"
        className="tool"
        aria-label={t('a11y.shortcuts.button')}
        title={t('a11y.shortcuts.button')}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <KeyboardIcon />
      </button>
      {open && (
        <section id={id} className="shortcuts-popover" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('a11y.shortcuts.title')}</h2>
          <dl>
            {ROWS.map(([key, combo]) => (
              <div key={key} className="shortcut-row">
                <dt>
                  <kbd dir="ltr">{combo}</kbd>
                </dt>
                <dd>{t(key)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
