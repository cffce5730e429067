/**
 * Words that style sheets draw as generated content — the word diff's "added:" and "removed:",
 * read out by screen readers (word-diff.css), and a frozen numbering's "6 [deleted]" in the
 * margin (numbering.css) — set as custom properties on `<html>` in the page's language, so the
 * style sheets hold no words and the catalogs hold them all. Mounted once, in the i18n provider.
 */
import type { MessageKey } from '@accord/i18n';
import { useEffect } from 'react';
import { useT } from './useT.js';

/** Each custom property and the message it carries. */
export const CSS_MESSAGES = {
  '--accord-diff-added': 'history.diff.added',
  '--accord-diff-removed': 'history.diff.removed',
  '--accord-numbering-deleted': 'history.numbering.deleted',
} as const satisfies Record<`--${string}`, MessageKey>;

/** A text as a CSS string token (for `content: var(--…)`). */
export const cssString = (text: string): string =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;

export function CssMessages(): null {
  const t = useT();
  useEffect(() => {
    const root = document.documentElement;
    for (const [property, key] of Object.entries(CSS_MESSAGES)) root.style.setProperty(property, cssString(t(key)));
  }, [t]);
  return null;
}
