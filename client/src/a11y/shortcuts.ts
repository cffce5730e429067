/**
 * The document's keyboard shortcuts for moving and finding one's place (this slice's; the
 * formatting ones are editor/shortcuts.ts). Ctrl+Alt on Windows and Linux, ⌘⌥ on Apple
 * keyboards, like commenting (Ctrl+Alt+M), matched by key code so every layout works.
 */
import type { Shortcut } from '../editor/shortcuts.js';

/** Open the status and positions panel of the paragraph with the caret. */
export const PANEL_SHORTCUT: Shortcut = { code: 'KeyP', mod: true, alt: true };
/** Say the number and status of the paragraph with the caret. */
export const WHERE_SHORTCUT: Shortcut = { code: 'KeyW', mod: true, alt: true };
/**
 * To the start of the next / previous paragraph: Ctrl+↓ / Ctrl+↑ as in word processors (on
 * Apple keyboards ⌥↓ / ⌥↑, the system's own paragraph keys, which Accord leaves to the browser).
 */
export const NEXT_PARAGRAPH_SHORTCUT: Shortcut = { code: 'ArrowDown', mod: true };
export const PREVIOUS_PARAGRAPH_SHORTCUT: Shortcut = { code: 'ArrowUp', mod: true };

/** Ctrl+Alt+`code` or ⌘⌥`code`, whichever the keyboard has (as isCommentShortcut). */
export const isModAlt = (
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  shortcut: Shortcut,
): boolean => event.code === shortcut.code && event.altKey && (event.ctrlKey || event.metaKey) && !event.shiftKey;
