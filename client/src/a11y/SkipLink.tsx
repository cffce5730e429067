/**
 * "Skip to content": the first thing Tab reaches on every page, visible once focused, moving
 * the focus to the page's `<main>` (whichever page is shown: each renders one). The focus is
 * moved by hand rather than by a `#fragment`, which this app's router would take for a page.
 *
 * Pages change without a page load here, and the focused element goes with the old page; the
 * browser would then carry on tabbing from where that element was. So after each change of page,
 * unless the new page took the focus itself, the focus starts again at the top, as after a load:
 * the next Tab is the skip link.
 */
import { type MouseEvent, useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.js';
import { usePathname } from '../router.js';

/** The skip link's target: the page's main landmark, named `#main` and focusable by script only. */
function markMain(): HTMLElement | null {
  const main = document.querySelector<HTMLElement>('main');
  if (main && !main.id) main.id = 'main';
  if (main && !main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  return main;
}

/** Focuses the page's main landmark; the browser scrolls to it if it must. */
export function focusMain(): boolean {
  const main = markMain();
  main?.focus();
  return main !== null;
}

export function SkipLink() {
  const t = useT();
  const path = usePathname();
  const top = useRef<HTMLSpanElement>(null);
  const shown = useRef(path);

  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    // After the new page has rendered (and perhaps focused something of its own).
    const frame = requestAnimationFrame(() => {
      const focus = document.activeElement;
      if (!focus || focus === document.body) top.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [path]);

  // Pages render their own <main> (some after loading): mark each as the link's target when it appears.
  useEffect(() => {
    markMain();
    const root = document.getElementById('root');
    if (!root) return;
    const observer = new MutationObserver(() => markMain());
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    if (focusMain()) event.preventDefault();
  };
  return (
    <>
      <span ref={top} tabIndex={-1} className="focus-start" />
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to the page's content (WCAG 2.4.1); the click only moves the focus without a #fragment, which the router would read as a page */}
      <a className="skip-link" href="#main" onClick={skip}>
        {t('a11y.skipToContent')}
      </a>
    </>
  );
}
