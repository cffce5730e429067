import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';

/**
 * The box the editor sits in, which margin marks and cards (numbers, statuses, comments,
 * suggestions, brackets, "changed since your visit") are positioned against: `.paper`, else the
 * root's parent; null while the editor has no root.
 */
export function usePaperHost(): HTMLElement | null {
  const [editor] = useLexicalComposerContext();
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(
    () =>
      editor.registerRootListener((root) =>
        setHost(root ? (root.closest<HTMLElement>('.paper') ?? root.parentElement) : null),
      ),
    [editor],
  );
  return host;
}
