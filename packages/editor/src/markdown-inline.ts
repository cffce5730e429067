import type { Inline, KeptFormat } from './inline.js';
import { suggestionAuthorName } from './suggestion-rendering.js';

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that could
// start emphasis, code, links, HTML, entities, strikethrough or tables inside a line.
const INLINE_SPECIAL = /[\\`*_[\]<>&~|]/g;
// At the start of a line these would open a block: heading, quote, list, setext underline.
const LINE_START_SPECIAL = /^([#>+=-]|\d+(?=[.)]))/;

/** Escapes typed text so Markdown shows it literally. */
export function escapeMarkdownText(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}

/**
 * Makes the start of a rendered line inert: block markers typed as text are escaped, and
 * leading spaces become entities (they would otherwise indent the line into a code block).
 */
function escapeLineStart(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0];
  const rest = line
    .slice(indent.length)
    .replace(LINE_START_SPECIAL, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
  return indent.replace(/ /g, '&#32;').replace(/\t/g, '&#9;') + rest;
}

const WRAPPERS: Record<KeptFormat, readonly [string, string]> = {
  bold: ['**', '**'],
  italic: ['*', '*'],
  strikethrough: ['~~', '~~'],
  // CommonMark has no underline, sub- or superscript; inline HTML is the portable spelling.
  underline: ['<u>', '</u>'],
  subscript: ['<sub>', '</sub>'],
  superscript: ['<sup>', '</sup>'],
  code: ['`', '`'],
};
const NESTING: readonly KeptFormat[] = ['bold', 'italic', 'strikethrough', 'underline', 'subscript', 'superscript'];

function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function renderText(text: string, formats: ReadonlySet<KeptFormat>): string {
  // Emphasis may not start or end with whitespace, so edge spaces go outside the delimiters.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (core === '') return escapeMarkdownText(text);
  let rendered = formats.has('code') ? codeSpan(core!) : escapeMarkdownText(core!);
  for (const format of [...NESTING].reverse()) {
    if (formats.has(format)) rendered = `${WRAPPERS[format][0]}${rendered}${WRAPPERS[format][1]}`;
  }
  return `${escapeMarkdownText(lead!)}${rendered}${escapeMarkdownText(trail!)}`;
}

function linkDestination(href: string): string {
  // The URL parser already percent-encoded most; these would end or break a `(…)` destination.
  // `&` stays (query separators) but is escaped, so `&copy;` in a URL is not read as an entity.
  return href
    .replace(/[ ()<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/&/g, '\\&');
}

/**
 * Renders inline content as Markdown lines: a line break ends a line with a backslash (a hard
 * break) and starts the next. The caller adds each line's prefix (quote marker, list indent).
 */
export function renderInlineLines(content: readonly Inline[]): string[] {
  const lines: string[] = [''];
  const append = (text: string): void => {
    lines[lines.length - 1] += text;
  };
  const walk = (items: readonly Inline[]): void => {
    for (const inline of items) {
      if (inline.kind === 'break') {
        append('\\');
        lines.push('');
      } else if (inline.kind === 'text') {
        append(renderText(inline.text, inline.formats));
      } else if (inline.kind === 'bracket') {
        // Escaped, so the brackets show as typed and never pair up with what follows as a link.
        append('\\[');
        walk(inline.children);
        append('\\]');
      } else if (inline.kind === 'suggestion') {
        // CriticMarkup: {++added++} / {--removed--}, then who proposed it as a comment {>>…<<}.
        const [open, close] = inline.suggestion === 'insert' ? ['{++', '++}'] : ['{--', '--}'];
        append(open);
        walk(inline.children);
        append(`${close}{>>${escapeMarkdownText(suggestionAuthorName(inline.by))}<<}`);
      } else {
        // A link is one line in Markdown; a break inside its text becomes a space.
        const text = renderInlineLines(inline.children)
          .map((line) => line.replace(/\\$/, ''))
          .join(' ');
        append(inline.href === null ? text : `[${text}](${linkDestination(inline.href)})`);
      }
    }
  };
  walk(content);
  return lines.map(escapeLineStart);
}
