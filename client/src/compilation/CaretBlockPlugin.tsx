/**
 * Tells the compilation desk which paragraph the caret is in, so "Insert after ¶N" inserts
 * where the coordinator is working. The last block the caret was in is kept when focus moves to
 * the desk (clicking a checkbox takes the selection out of the editor, and the insert must not
 * lose its place). The label is the margin's (`data-number`, "4bis" when frozen).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect } from 'react';
import { $listBlocks } from '../editor/model.js';

/** The block at the caret: its id and the label its margin shows (null for an unnumbered block). */
export interface CaretBlock {
  blockId: string;
  label: string | null;
}

export function CaretBlockPlugin({ onChange }: { onChange: (block: CaretBlock) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last = '';
    return editor.registerUpdateListener(({ editorState }) => {
      const found = editorState.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        const key = selection.focus.getNode().getTopLevelElement()?.getKey();
        const block = key ? $listBlocks().find((b) => b.key === key) : undefined;
        return block?.id ? { key: block.key, id: block.id, number: block.number } : null;
      });
      if (!found) return;
      // The numbers plugin writes the margin label in its own listener: read it once that ran.
      queueMicrotask(() => {
        const element = editor.getElementByKey(found.key);
        const label = element?.getAttribute('data-number') ?? (found.number === null ? null : String(found.number));
        const next = `${found.id} ${label}`;
        if (next === last) return;
        last = next;
        onChange({ blockId: found.id, label });
      });
    });
  }, [editor, onChange]);
  return null;
}
