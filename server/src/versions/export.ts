/**
 * A version as Markdown and as a standalone HTML page: title, version name and date, then every
 * block with its paragraph number, its formatting (bold, italic, underline, strikethrough, code,
 * links, nested lists), bracketed text shown as [ … ] and the paragraph's status when one was
 * set. Everything people typed is escaped; nothing is interpreted as markup. Underline has no
 * Markdown syntax: it is written as `<u>…</u>`, as the live Markdown export does.
 */
import { escapeHtml as h, escapeMarkdownText, runsToHtml, runsToMarkdownLines } from '@accord/editor';
import type { VersionBlock, VersionContent } from '@accord/schema';
import { longDate, statusLabels } from '../consensus/register.js';
import { ANNEX_HEADERS, ANNEX_TITLE, annexRows, type Note, notesOf } from '../endorsement/notes.js';
import { type CompilationExtras, hasExtras } from '../endorsement/types.js';
import { bodyParts, placeOf, runsOf } from './export-runs.js';

/** A block's text as Markdown lines (a line break ends a line with `\`). */
const markdownLines = (block: VersionBlock): string[] => runsToMarkdownLines(runsOf(block));

const statusSuffix = (block: VersionBlock): string => (block.status ? ` *(${statusLabels[block.status]})*` : '');

/** The alternatives frozen with a block, as "Alt 1: … / Alt 2: …" per bracket. */
export const alternativeLines = (block: VersionBlock): string[][] =>
  (block.alternatives ?? []).map((a) => a.texts.map((text, i) => `Alt ${i + 1}: ${text.replace(/\s*\n\s*/g, ' ')}`));

/** The endorsement stamp's sentence, when the version was endorsed. */
export const stampLine = (extras: CompilationExtras | undefined): string | undefined =>
  extras?.endorsedAt ? `Endorsed by silence procedure on ${longDate(extras.endorsedAt)}.` : undefined;

/** The notes of a version's blocks (a compilation's sources), numbered in document order. */
export const versionNotes = (content: VersionContent, extras: CompilationExtras | undefined): Map<string, Note> =>
  notesOf(
    content.paragraphs.map((b) => b.id),
    extras,
  );

/** The heading lines every export starts with. */
export const versionCaption = (content: VersionContent): string =>
  `Version “${content.version.name}”, saved on ${longDate(content.version.createdAt)} by ${content.version.createdBy.name}.`;

const headingLevel = (block: VersionBlock): number => Math.min(6, Math.max(2, Number(block.tag?.slice(1) ?? 2) + 1));

function markdownList(items: readonly VersionBlock[], ref: (block: VersionBlock) => string): string[] {
  const lines: string[] = [];
  const counters: number[] = [];
  for (const item of items) {
    const { ordered, depth } = placeOf(item);
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    // Four spaces per level: deep enough under "- " and "10. " alike, never a code block.
    const indent = '    '.repeat(depth);
    const marker = ordered ? `${counters[depth]}. ` : '- ';
    const text = markdownLines(item);
    text[text.length - 1] += ref(item);
    lines.push(...text.map((line, i) => `${indent}${i === 0 ? marker : ' '.repeat(marker.length)}${line}`.trimEnd()));
  }
  return [...lines, ''];
}

/**
 * The version as Markdown; a compilation's `extras` add `[^n]` footnotes citing each block's
 * sources, the annex of contributions and the endorsement stamp.
 */
export function versionMarkdown(content: VersionContent, extras?: CompilationExtras): string {
  const notes = versionNotes(content, extras);
  const ref = (block: VersionBlock): string => {
    const note = notes.get(block.id);
    return note ? `[^${note.n}]` : '';
  };
  const stamp = stampLine(extras);
  const lines = [
    `# ${escapeMarkdownText(content.version.title)}`,
    '',
    `*${escapeMarkdownText(extras?.caption ?? versionCaption(content))}*`,
    '',
    ...(stamp ? [`**${escapeMarkdownText(stamp)}**`, ''] : []),
  ];
  if (content.version.note) lines.push(`> ${escapeMarkdownText(content.version.note).replace(/\n/g, '\n> ')}`, '');
  for (const part of bodyParts(content.paragraphs)) {
    if (part.kind === 'list') {
      lines.push(...markdownList(part.items, ref));
      continue;
    }
    const block = part.block;
    const text = markdownLines(block);
    switch (block.type) {
      case 'heading':
        lines.push(
          `${'#'.repeat(headingLevel(block))} ${text.map((l) => l.replace(/\\$/, '')).join(' ')}`.trimEnd() +
            ref(block),
          '',
        );
        break;
      case 'quote':
        text[text.length - 1] += ref(block);
        lines.push(...text.map((l) => `> ${l}`.trimEnd()), '');
        break;
      default: {
        text[0] = `${block.number === null ? '' : `**${block.label ?? block.number}.** `}${text[0] ?? ''}`;
        text[text.length - 1] += ref(block) + statusSuffix(block);
        lines.push(...text, '');
      }
    }
    for (const alternatives of alternativeLines(block))
      lines.push(`> *Alternatives:* ${alternatives.map(escapeMarkdownText).join(' / ')}`, '');
  }
  if (hasExtras(extras) && extras.annex.length > 0) {
    lines.push(
      `## ${ANNEX_TITLE}`,
      '',
      `| ${ANNEX_HEADERS.join(' | ')} |`,
      `|${' --- |'.repeat(ANNEX_HEADERS.length)}`,
    );
    // escapeMarkdownText escapes `|` too, so a typed pipe never splits a cell.
    const cell = (text: string): string => escapeMarkdownText(text.replace(/\s+/g, ' '));
    for (const row of annexRows(extras.annex)) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  for (const note of notes.values()) lines.push(`[^${note.n}]: Sources: ${escapeMarkdownText(note.text)}`);
  if (notes.size > 0) lines.push('');
  return lines.join('\n');
}

/** Consecutive list items as nested `<ul>` / `<ol>`, each item in the list of its kind and depth. */
function htmlList(items: readonly VersionBlock[], ref: (block: VersionBlock) => string): string {
  let out = '';
  const open: string[] = [];
  for (const item of items) {
    const { ordered, depth } = placeOf(item);
    const tag = ordered ? 'ol' : 'ul';
    while (open.length > depth + 1) out += `</li></${open.pop()}>`;
    if (open.length === depth + 1) {
      if (open[depth] === tag) out += '</li>';
      else {
        out += `</li></${open.pop()}><${tag}>`;
        open.push(tag);
      }
    }
    while (open.length < depth + 1) {
      out += `<${tag}>`;
      open.push(tag);
      // A level skipped over still needs an item to hang the deeper list in.
      if (open.length < depth + 1) out += '<li>';
    }
    out += `<li data-block-id="${h(item.id)}">${runsToHtml(runsOf(item))}${ref(item)}`;
  }
  while (open.length > 0) out += `</li></${open.pop()}>`;
  return out;
}

const alternativesHtml = (block: VersionBlock): string =>
  alternativeLines(block)
    .map((alternatives) => `<p class="alternatives">Alternatives: ${alternatives.map(h).join(' / ')}</p>`)
    .join('');

const STYLE = `
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
.meta { color: #555; font-size: 0.9rem; } .num { font-weight: bold; margin-right: 0.4rem; } .bracket { color: #8a3b00; font-weight: bold; }
.status { font-family: system-ui, sans-serif; font-size: 0.8rem; padding: 0.1rem 0.5rem; border-radius: 1rem; background: #eee; margin-left: 0.4rem; }
.alternatives { color: #8a3b00; font-size: 0.9rem; margin-left: 1.5rem; }
.stamp { font-weight: bold; color: #1d5e20; } .notes { font-size: 0.9rem; color: #333; } sup a { text-decoration: none; }
table.annex { border-collapse: collapse; font-size: 0.9rem; } table.annex th, table.annex td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; }
`;

/**
 * The version as a page; a compilation's `extras` add numbered notes citing each block's
 * sources (with links back to the text), the annex of contributions and the endorsement stamp.
 */
export function versionHtml(content: VersionContent, extras?: CompilationExtras): string {
  const notes = versionNotes(content, extras);
  const ref = (block: VersionBlock): string => {
    const note = notes.get(block.id);
    return note ? `<sup id="ref-${note.n}"><a href="#note-${note.n}">${note.n}</a></sup>` : '';
  };
  const body: string[] = [];
  for (const part of bodyParts(content.paragraphs)) {
    if (part.kind === 'list') {
      body.push(htmlList(part.items, ref));
      continue;
    }
    const block = part.block;
    const text = runsToHtml(runsOf(block));
    if (block.type === 'heading') {
      const level = headingLevel(block);
      body.push(`<h${level}>${text}${ref(block)}</h${level}>`);
    } else if (block.type === 'quote') body.push(`<blockquote>${text}${ref(block)}</blockquote>`);
    else {
      const number = block.number === null ? '' : `<span class="num">${h(block.label ?? String(block.number))}.</span>`;
      const status = block.status ? `<span class="status">${h(statusLabels[block.status])}</span>` : '';
      body.push(`<p data-block-id="${h(block.id)}">${number}${text}${ref(block)}${status}</p>`);
    }
    const alternatives = alternativesHtml(block);
    if (alternatives !== '') body.push(alternatives);
  }
  if (hasExtras(extras) && extras.annex.length > 0) {
    const head = ANNEX_HEADERS.map((t) => `<th>${h(t)}</th>`).join('');
    const rows = annexRows(extras.annex).map((row) => `<tr>${row.map((t) => `<td>${h(t)}</td>`).join('')}</tr>`);
    body.push(
      `<h2>${h(ANNEX_TITLE)}</h2>`,
      `<table class="annex"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  if (notes.size > 0) {
    const items = [...notes.values()].map(
      (note) =>
        `<li id="note-${note.n}">Sources: ${h(note.text)} <a href="#ref-${note.n}" aria-label="Back to the text">↩</a></li>`,
    );
    body.push(`<section class="notes"><h2>Notes</h2><ol>${items.join('')}</ol></section>`);
  }
  const stamp = stampLine(extras);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${h(content.version.title)} — ${h(content.version.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${h(content.version.title)}</h1>
<p class="meta">${h(extras?.caption ?? versionCaption(content))}</p>
${stamp ? `<p class="stamp">${h(stamp)}</p>\n` : ''}${content.version.note ? `<p class="meta">${h(content.version.note)}</p>\n` : ''}${body.join('\n')}
</body>
</html>
`;
}
