/**
 * Margin numbers and block ids on the DOM. Numbers are derived, never stored: after every
 * update (local or from a collaborator) we ask the shared model for the blocks in document
 * order and write `data-number` (body paragraphs only) and `data-block-id` (every block) on
 * each block's element. CSS draws the number in the margin from `data-number`, so inserting
 * a paragraph above renumbers everyone's view on the same update that brought the paragraph.
 *
 * Attributes, not React: the blocks' DOM belongs to Lexical's reconciler. Lexical's mutation
 * observer watches text and child lists, not attributes, so it leaves these alone.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState, LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $listBlocks } from './model.js';

function setAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

export function applyParagraphNumbers(editor: LexicalEditor, editorState: EditorState): number {
  const blocks = editorState.read(() => $listBlocks());
  let numbered = 0;
  for (const block of blocks) {
    const element = editor.getElementByKey(block.key);
    if (!element) continue;
    setAttribute(element, 'data-block-id', block.id || null);
    setAttribute(element, 'data-number', block.number === null ? null : String(block.number));
    if (block.number !== null) numbered += 1;
  }
  return numbered;
}

export function ParagraphNumbersPlugin({ onCount }: { onCount?: (numbered: number) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onCount?.(applyParagraphNumbers(editor, editor.getEditorState()));
    return editor.registerUpdateListener(({ editorState }) => onCount?.(applyParagraphNumbers(editor, editorState)));
  }, [editor, onCount]);
  return null;
}
