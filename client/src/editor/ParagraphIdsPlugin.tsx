/**
 * Keeps a stable, unique id on every block (the shared model's rule, see @accord/editor):
 * ids are stored in the Yjs document, so comments and positions can hang on them later.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerParagraphIds } from './model.js';

export function ParagraphIdsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerParagraphIds(editor), [editor]);
  return null;
}
