/** The mode shortcut (Ctrl/⌘+Alt+S) inside the editor: switches editing and suggesting when the person may choose. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { matches } from '../editor/shortcuts.js';
import type { EditMode } from './mode.js';
import { MODE_SHORTCUT } from './ModeToggle.js';

export function ModeShortcutPlugin({ mode, onChoose }: { mode: EditMode; onChoose: (mode: EditMode) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matches(event, MODE_SHORTCUT)) return false;
          event.preventDefault();
          onChoose(mode === 'editing' ? 'suggesting' : 'editing');
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, mode, onChoose],
  );
  return null;
}
