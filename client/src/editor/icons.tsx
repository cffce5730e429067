/**
 * Toolbar icons: 18px line drawings in currentColor, hidden from assistive tech (buttons carry
 * labels). Those that point along the line (undo, redo, lists, quote) are `mirror`ed in a
 * right-to-left page (document.css), where "back" points right and lists hang from the right.
 */
import type { ReactNode } from 'react';

function Icon({ children, mirror = false }: { children: ReactNode; mirror?: boolean }) {
  return (
    <svg
      className={mirror ? 'icon-mirror' : undefined}
      aria-hidden="true"
      focusable="false"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** The keyboard-shortcuts button's icon. */
export const KeyboardIcon = () => (
  <Icon>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M8 14h8" />
  </Icon>
);
export const UndoIcon = () => (
  <Icon mirror>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);
export const RedoIcon = () => (
  <Icon mirror>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);
export const BoldIcon = () => (
  <Icon>
    <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7z" />
    <path d="M7 12h7a3.5 3.5 0 0 1 0 7H7z" />
  </Icon>
);
export const ItalicIcon = () => (
  <Icon>
    <path d="M19 4h-9M14 20H5M15 4 9 20" />
  </Icon>
);
export const UnderlineIcon = () => (
  <Icon>
    <path d="M6 4v6a6 6 0 0 0 12 0V4" />
    <path d="M4 20h16" />
  </Icon>
);
export const BulletListIcon = () => (
  <Icon mirror>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4.5" cy="6" r="1" fill="currentColor" />
    <circle cx="4.5" cy="12" r="1" fill="currentColor" />
    <circle cx="4.5" cy="18" r="1" fill="currentColor" />
  </Icon>
);
export const NumberListIcon = () => (
  <Icon>
    <path d="M10 6h10M10 12h10M10 18h10" />
    <path d="M4 4.5 5 4v4" />
    <path d="M4 14c0-1 2-1.2 2 0 0 .8-2 1.5-2 2.5h2" />
  </Icon>
);
export const QuoteIcon = () => (
  <Icon mirror>
    <path d="M4 6h16M8 11h12M8 16h12M4 11v5" />
  </Icon>
);
export const LinkIcon = () => (
  <Icon>
    <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
    <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  </Icon>
);
