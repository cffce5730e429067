/**
 * Marks the block holding this person's caret with `data-current`, so its margin number lights
 * up ("I am in paragraph 5" is how people refer to text in a meeting). Derived from Lexical's
 * own selection after each update, so it is also a reliable signal that a caret move has been
 * processed (the browser tests wait on it before pressing Enter).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type NodeKey } from 'lexical';
import { useEffect } from 'react';

export function CurrentBlockPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let marked: HTMLElement | null = null;
    const mark = (element: HTMLElement | null) => {
      if (element === marked) return;
      marked?.removeAttribute('data-current');
      element?.setAttribute('data-current', '');
      marked = element;
    };
    const unregister = editor.registerUpdateListener(({ editorState }) => {
      const key = editorState.read((): NodeKey | null => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        return selection.focus.getNode().getTopLevelElement()?.getKey() ?? null;
      });
      mark(key === null ? null : editor.getElementByKey(key));
    });
    return () => {
      unregister();
      mark(null);
    };
  }, [editor]);
  return null;
}
