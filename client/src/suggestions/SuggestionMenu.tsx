/**
 * The card's "more" menu (a menu button): opens with its first item focused, arrow keys move
 * between items, Escape closes it and gives focus back to the button, and it closes when focus
 * leaves it. Holds what is done less often: everything one person suggested, and withdrawing
 * one's own suggestion for those who may also decide.
 */
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

export function SuggestionMenu({ label, items, disabled }: { label: string; items: MenuItem[]; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // Focus went somewhere outside the button and the menu: close, leaving focus where it went.
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (open && !box.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') close(true);
    else if (event.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
    else if (event.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div ref={box} className="suggestion-more">
      <button
        ref={button}
        type="button"
        className="btn btn-small btn-quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        title={label}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onBlur={onBlur}
      >
        ⋯
      </button>
      {open && (
        <div
          ref={menu}
          className="suggestion-menu"
          role="menu"
          aria-label={label}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
