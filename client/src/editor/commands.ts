/** Editor commands of our own, so plugins and the toolbar can talk without shared React state. */
import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the toolbar's link field for the current selection (Mod+K). */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');
