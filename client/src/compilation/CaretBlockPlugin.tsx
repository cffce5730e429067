/**
 * Tells the compilation desk which paragraph the caret is in, so "Insert after ¶N" inserts
 * where the coordinator is working. The last block the caret was in is kept when focus moves to
 * the desk (clicking a checkbox takes the selection out of the editor, and the insert must not
 * lose its place). The label is the margin's (`data-number`, "4bis" when frozen).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getBlockId } from '@accord/editor';
import { $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import { useEffect } from 'react';

/** The top-level block around `node` with an id (a list: the item, as the margin numbers it), cheap enough for every update. */
function $blockAround(node: LexicalNode): { key: string; id: string } | null {
  let found: { key: string; id: string } | null = null;
  for (let at: LexicalNode | null = node; at !== null && at.getParent() !== null; at = at.getParent()) {
    const id = $getBlockId(at);
    if (id) found = { key: at.getKey(), id };
  }
  return found;
}

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
        return $blockAround(selection.focus.getNode());
      });
      if (!found) return;
      // The numbers plugin writes the margin label in its own listener: read it once that ran.
      queueMicrotask(() => {
        const element = editor.getElementByKey(found.key);
        const label = element?.getAttribute('data-number') ?? null;
        const next = `${found.id} ${label}`;
        if (next === last) return;
        last = next;
        onChange({ blockId: found.id, label });
      });
    });
  }, [editor, onChange]);
  return null;
}
