/** Block and link shortcuts (see shortcuts.ts); Lexical handles the inline and history ones. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $readSelectionFormat, setBlockKind, type BlockKind } from './blocks.js';
import { OPEN_LINK_EDITOR_COMMAND } from './commands.js';
import { BLOCK_SHORTCUTS, matches, type ShortcutAction } from './shortcuts.js';

const ACTIONS = Object.entries(BLOCK_SHORTCUTS) as Array<[ShortcutAction, (typeof BLOCK_SHORTCUTS)[ShortcutAction]]>;

export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const hit = ACTIONS.find(([, shortcut]) => matches(event, shortcut));
          if (!hit) return false;
          event.preventDefault();
          const [action] = hit;
          if (action === 'link') {
            editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
          } else {
            const current = editor.getEditorState().read(() => $readSelectionFormat().block);
            setBlockKind(editor, action as BlockKind, current);
          }
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
