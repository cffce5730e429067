/**
 * Margin layers (comment cards, status markers) are positioned beside paragraphs they do not
 * own: after every editor update and every reflow, at most once a frame, they read where the
 * blocks are and move their own elements. This is that shared loop.
 */
import type { LexicalEditor } from 'lexical';
import { useEffect, useLayoutEffect, type DependencyList, type RefObject } from 'react';

/**
 * Runs `position.current` after each render, and — throttled to a frame — after every editor
 * update, window resize and size change of the editor root (and of `alsoObserve`).
 */
export function useReflow(
  editor: LexicalEditor,
  position: { current: () => void },
  alsoObserve?: RefObject<HTMLElement | null>,
  deps: DependencyList = [],
): void {
  useLayoutEffect(() => position.current());
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), position.current()));
    };
    const observer = new ResizeObserver(schedule);
    const root = editor.getRootElement();
    if (root) observer.observe(root);
    if (alsoObserve?.current) observer.observe(alsoObserve.current);
    const off = editor.registerUpdateListener(schedule);
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      off();
      window.removeEventListener('resize', schedule);
    };
    // `position` and `alsoObserve` are refs: stable by construction, so not dependencies.
  }, [editor, ...deps]);
}
