/**
 * Tells whether this person's caret is in a paragraph the document's setting protects (agreed
 * paragraphs, where members' changes must be suggestions): the toolbar's mode follows the caret.
 */
import { $getBlockId } from '@accord/editor';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect } from 'react';

export function AgreedCaretPlugin({
  agreed,
  onChange,
}: {
  /** The block ids where changes must be suggestions. */
  agreed: ReadonlySet<string>;
  onChange: (inAgreed: boolean) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const check = () =>
      onChange(
        editor.getEditorState().read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || agreed.size === 0) return false;
          return selection.getNodes().some((node) => {
            const block = node.getTopLevelElement();
            return block !== null && agreed.has($getBlockId(block));
          });
        }),
      );
    check();
    return editor.registerUpdateListener(check);
  }, [editor, agreed, onChange]);
  return null;
}
