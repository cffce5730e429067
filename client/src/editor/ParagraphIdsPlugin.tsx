/**
 * Keeps a stable, unique id on every block (the shared model's rule, see @accord/editor):
 * ids are stored in the Yjs document, so comments and positions can hang on them later.
 * Disabled for people who may not edit: repairing an id is a write, which the server drops
 * from a read-only connection, and the editors present repair ids for everyone anyway.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerParagraphIds } from './model.js';

export function ParagraphIdsPlugin({ enabled = true }: { enabled?: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => (enabled ? registerParagraphIds(editor) : undefined), [editor, enabled]);
  return null;
}
