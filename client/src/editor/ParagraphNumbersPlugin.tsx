/**
 * Margin numbers and block ids on the DOM. Numbers are derived, never stored: after every
 * update (local or from a collaborator) we ask the shared model for the blocks in document
 * order and write `data-number` (body paragraphs only) and `data-block-id` (every block) on
 * each block's element. CSS draws the number in the margin from `data-number`, so inserting
 * a paragraph above renumbers everyone's view on the same update that brought the paragraph.
 *
 * While the document's numbering is frozen (issue 13) the number is the paragraph's label
 * against the frozen `baseline` (the document page fetches it): "4", "4bis"; baseline paragraphs since
 * deleted are written as `data-deleted-before="6"` on the numbered paragraph that now follows
 * them (or `data-deleted-after` on the last one), which CSS draws as a small "6 [deleted]".
 *
 * Each numbered block also gets `data-dir`, the direction the browser resolved for it (blocks
 * are dir="auto": their text's own). The gutter is on the page's side, but a number is placed
 * against its block, so a block whose text runs the other way from the page (an English
 * paragraph on an Arabic page) puts its number at its other edge (document.css). An attribute,
 * because the build lowers `:dir()` to `:lang()`, which only knows the page's language.
 *
 * A language version (issue 15) shows its original's numbers instead (`shared`, by block id), so
 * ¶7 is ¶7 in every language, an empty paragraph not translated yet included.
 *
 * Attributes, not React: the blocks' DOM belongs to Lexical's reconciler. Lexical's mutation
 * observer watches text and child lists, not attributes, so it leaves these alone.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $blockLabels, type BaselineParagraph } from '@accord/editor';
import type { EditorState, LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $listBlocks } from './model.js';
import '../styles/numbering.css';

function setAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

export function applyParagraphNumbers(
  editor: LexicalEditor,
  editorState: EditorState,
  baseline: readonly BaselineParagraph[] | null = null,
  shared: ReadonlyMap<string, string> | null = null,
): number {
  const { blocks, labels, deletedBefore } = editorState.read(() => ({
    blocks: $listBlocks(),
    ...$blockLabels(baseline),
  }));
  const atEnd = deletedBefore.get(null);
  const last = blocks.findLast((b) => b.number !== null);
  let numbered = 0;
  const numberedElements: HTMLElement[] = [];
  for (const block of blocks) {
    const element = editor.getElementByKey(block.key);
    if (!element) continue;
    // A language version shows its original's numbers (an empty paragraph not translated yet too).
    const number = shared
      ? (shared.get(block.id) ?? null)
      : block.number === null
        ? null
        : (labels.get(block.key) ?? String(block.number));
    if (number !== null) numberedElements.push(element);
    setAttribute(element, 'data-block-id', block.id || null);
    setAttribute(element, 'data-number', number);
    setAttribute(element, 'data-deleted-before', deletedBefore.get(block.key)?.join(', ') ?? null);
    setAttribute(element, 'data-deleted-after', block === last && atEnd ? atEnd.join(', ') : null);
    if (number !== null) numbered += 1;
  }
  // All reads, then all writes: one style computation for the whole document.
  const directions = numberedElements.map((element) => getComputedStyle(element).direction);
  numberedElements.forEach((element, i) => setAttribute(element, 'data-dir', directions[i] === 'rtl' ? 'rtl' : 'ltr'));
  return numbered;
}

export function ParagraphNumbersPlugin({
  onCount,
  baseline = null,
  shared = null,
}: {
  onCount?: (numbered: number) => void;
  /** The frozen numbering's baseline; null while numbering is live. */
  baseline?: readonly BaselineParagraph[] | null;
  /** A language version's numbers: its original's labels by block id (issue 15); null for an original. */
  shared?: ReadonlyMap<string, string> | null;
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onCount?.(applyParagraphNumbers(editor, editor.getEditorState(), baseline, shared));
    return editor.registerUpdateListener(({ editorState }) =>
      onCount?.(applyParagraphNumbers(editor, editorState, baseline, shared)),
    );
  }, [editor, onCount, baseline, shared]);
  return null;
}
