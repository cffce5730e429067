/**
 * The passage currently selected in one paragraph under `root`, following the document's
 * selection as it changes (mouse, keyboard, or the handles of a phone's selection).
 */
import { useEffect, useState, type RefObject } from 'react';
import { passageOf, type PassageAnchor } from './passage.js';

export function usePassageSelection(
  root: RefObject<HTMLElement | null>,
  textOf: (blockId: string) => string | undefined,
  enabled: boolean,
): PassageAnchor | null {
  const [passage, setPassage] = useState<PassageAnchor | null>(null);

  useEffect(() => {
    if (!enabled) {
      setPassage(null);
      return;
    }
    const read = () => {
      const selection = document.getSelection();
      const container = root.current;
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !container) return setPassage(null);
      const range = selection.getRangeAt(0);
      const found = passageOf<Node>(
        container,
        { node: range.startContainer, offset: range.startOffset },
        { node: range.endContainer, offset: range.endOffset },
        textOf,
      );
      // Same passage, same object: no re-render on every selectionchange while dragging within it.
      setPassage((current) =>
        found &&
        current &&
        current.blockId === found.blockId &&
        current.start === found.start &&
        current.end === found.end
          ? current
          : found,
      );
    };
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, [root, textOf, enabled]);

  return passage;
}
