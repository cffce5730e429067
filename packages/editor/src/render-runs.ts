/**
 * Frozen runs rendered by the live document's own inline renderers, so a version's Markdown and
 * HTML escape exactly as the content API does: typed text never becomes markup, links only to
 * http, https and mailto, brackets visible as `[…]`.
 */
import { renderInlineLines } from './markdown-inline.js';
import { renderInline } from './render-html.js';
import { runsToInline, type Run } from './runs.js';

/** Runs as Markdown lines (a line break ends a line with `\`); the caller adds prefixes. */
export function runsToMarkdownLines(runs: readonly Run[]): string[] {
  return renderInlineLines(runsToInline(runs));
}

/** Runs as an escaped HTML fragment (`<br>` for line breaks). */
export function runsToHtml(runs: readonly Run[]): string {
  return renderInline(runsToInline(runs));
}
