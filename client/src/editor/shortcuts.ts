/**
 * Keyboard shortcuts, in one table so the toolbar's tooltips and the key handler cannot drift.
 * Bold/italic/underline and undo/redo are Lexical's own (Mod+B/I/U, Mod+Z, Mod+Shift+Z / Mod+Y);
 * they are listed here for the tooltips only. Matching uses `event.code` so that Shift+7 is
 * Shift+7 on every keyboard layout.
 */
import type { BlockKind } from './blocks.js';

export const IS_APPLE =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface Shortcut {
  code: string;
  mod: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type ShortcutAction = BlockKind | 'link';

export const BLOCK_SHORTCUTS: Record<ShortcutAction, Shortcut> = {
  paragraph: { code: 'Digit0', mod: true, alt: true },
  h1: { code: 'Digit1', mod: true, alt: true },
  h2: { code: 'Digit2', mod: true, alt: true },
  h3: { code: 'Digit3', mod: true, alt: true },
  number: { code: 'Digit7', mod: true, shift: true },
  bullet: { code: 'Digit8', mod: true, shift: true },
  quote: { code: 'Digit9', mod: true, shift: true },
  link: { code: 'KeyK', mod: true },
};

export const BUILTIN_SHORTCUTS = {
  bold: { code: 'KeyB', mod: true },
  italic: { code: 'KeyI', mod: true },
  underline: { code: 'KeyU', mod: true },
  undo: { code: 'KeyZ', mod: true },
  redo: { code: 'KeyZ', mod: true, shift: true },
} satisfies Record<string, Shortcut>;

export function matches(event: KeyboardEvent, shortcut: Shortcut): boolean {
  const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
  return (
    event.code === shortcut.code &&
    mod === shortcut.mod &&
    event.shiftKey === Boolean(shortcut.shift) &&
    event.altKey === Boolean(shortcut.alt)
  );
}

/** "Ctrl+Alt+1" or "⌘⌥1", for tooltips and aria-keyshortcuts. */
export function describe(shortcut: Shortcut, style: 'label' | 'aria' = 'label'): string {
  const key = shortcut.code.replace(/^(Digit|Key)/, '');
  if (style === 'aria') {
    return [
      shortcut.mod ? (IS_APPLE ? 'Meta' : 'Control') : null,
      shortcut.alt ? 'Alt' : null,
      shortcut.shift ? 'Shift' : null,
      key,
    ]
      .filter(Boolean)
      .join('+');
  }
  if (IS_APPLE) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod ? 'Ctrl' : null, shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null, key]
    .filter(Boolean)
    .join('+');
}
