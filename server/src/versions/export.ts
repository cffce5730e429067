/**
 * A version as Markdown and as a standalone HTML page: title, version name and date, then every
 * block with its paragraph number, bracketed text shown as [ … ] and the paragraph's status
 * when one was set. Everything people typed is escaped; nothing is interpreted as markup.
 */
import { escapeHtml as h, escapeMarkdownText } from '@accord/editor';
import type { VersionBlock, VersionContent } from '@accord/schema';
import { longDate, statusLabels } from '../consensus/register.js';

const markdownText = (block: VersionBlock): string =>
  block.segments.map((s) => (s.bracket ? `**\\[${escapeMarkdownText(s.text)}\\]**` : escapeMarkdownText(s.text))).join('').replace(/\n/g, '  \n');

const statusSuffix = (block: VersionBlock): string => (block.status ? ` *(${statusLabels[block.status]})*` : '');

/** The heading lines every export starts with. */
export const versionCaption = (content: VersionContent): string =>
  `Version “${content.version.name}”, saved on ${longDate(content.version.createdAt)} by ${content.version.createdBy.name}.`;

export function versionMarkdown(content: VersionContent): string {
  const lines = [`# ${escapeMarkdownText(content.version.title)}`, '', `*${escapeMarkdownText(versionCaption(content))}*`, ''];
  if (content.version.note) lines.push(`> ${escapeMarkdownText(content.version.note).replace(/\n/g, '\n> ')}`, '');
  for (const block of content.paragraphs) {
    switch (block.type) {
      case 'list':
        continue;
      case 'heading': {
        const level = Math.min(6, Math.max(2, Number(block.tag?.slice(1) ?? 2) + 1));
        lines.push(`${'#'.repeat(level)} ${markdownText(block)}`, '');
        continue;
      }
      case 'quote':
        lines.push(`> ${markdownText(block)}`, '');
        continue;
      case 'listitem':
        lines.push(`- ${markdownText(block)}`, '');
        continue;
      case 'paragraph':
        lines.push(`${block.number === null ? '' : `**${block.number}.** `}${markdownText(block)}${statusSuffix(block)}`, '');
    }
  }
  return lines.join('\n');
}

const htmlText = (block: VersionBlock): string =>
  block.segments.map((s) => (s.bracket ? `<span class="bracket">[${h(s.text)}]</span>` : h(s.text))).join('').replace(/\n/g, '<br>');

const STYLE = `
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
.meta { color: #555; font-size: 0.9rem; } .num { font-weight: bold; margin-right: 0.4rem; } .bracket { color: #8a3b00; font-weight: bold; }
.status { font-family: system-ui, sans-serif; font-size: 0.8rem; padding: 0.1rem 0.5rem; border-radius: 1rem; background: #eee; margin-left: 0.4rem; }
`;

export function versionHtml(content: VersionContent): string {
  const body: string[] = [];
  for (const block of content.paragraphs) {
    if (block.type === 'list') continue;
    const text = htmlText(block);
    if (block.type === 'heading') {
      const level = Math.min(6, Math.max(2, Number(block.tag?.slice(1) ?? 2) + 1));
      body.push(`<h${level}>${text}</h${level}>`);
    } else if (block.type === 'quote') body.push(`<blockquote>${text}</blockquote>`);
    else if (block.type === 'listitem') body.push(`<ul><li>${text}</li></ul>`);
    else {
      const number = block.number === null ? '' : `<span class="num">${block.number}.</span>`;
      const status = block.status ? `<span class="status">${h(statusLabels[block.status])}</span>` : '';
      body.push(`<p data-block-id="${h(block.id)}">${number}${text}${status}</p>`);
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${h(content.version.title)} — ${h(content.version.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${h(content.version.title)}</h1>
<p class="meta">${h(versionCaption(content))}</p>
${content.version.note ? `<p class="meta">${h(content.version.note)}</p>\n` : ''}${body.join('\n')}
</body>
</html>
`;
}
