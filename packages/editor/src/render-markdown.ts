import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, $isParagraphNode, type ElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { $getBlockId } from './id-state.js';
import { $inlineContent } from './inline.js';
import { escapeMarkdownText, renderInlineLines } from './markdown-inline.js';
import { $blockLabels, type BaselineParagraph } from './labels.js';

/**
 * Renders the active editor state as CommonMark (with GFM strikethrough and task items).
 *
 * - Numbered paragraphs start with their number in bold, `**5.** Text`: a bare `5. Text` would
 *   be read as an ordered list (and renumbered from 1 by every renderer), and `5\. Text` reads
 *   badly in the raw file that people also read.
 * - Every block carries its permanent id in a trailing HTML comment, `<!-- id: p… -->`, which
 *   renders as nothing and survives round trips through most Markdown tools. A list's own id
 *   is on a comment line just before its first item.
 * - Headings as `#`, quotes as `> `, bullets as `- `, numbered items with their values, task
 *   items as `- [x] `; bold, italic, strikethrough and code in Markdown syntax, underline,
 *   sub- and superscript as inline HTML; links only with http, https or mailto targets.
 * - Bracketed text as `\[…\]` (escaped brackets: they show as `[…]` and never form a link).
 * - Typed text is escaped, so it never turns into markup.
 *
 * - With a frozen numbering `baseline` (labels.ts), numbers are labels, `**4bis.** Text`, and a
 *   baseline paragraph since removed is a line `**6.** [deleted]` where it was.
 *
 * Call inside `editor.read` or `editorState.read`. Ends with a newline.
 */
export function $renderMarkdown(baseline?: readonly BaselineParagraph[] | null): string {
  const { labels: numbers, deletedBefore } = $blockLabels(baseline);
  const deleted = (key: NodeKey | null) => (deletedBefore.get(key) ?? []).map((label) => `**${label}.** [deleted]`);
  const blocks = $getRoot()
    .getChildren()
    .flatMap((node) => [...deleted(node.getKey()), $renderBlock(node, numbers)]);
  return [...blocks, ...deleted(null)].join('\n\n') + '\n';
}

function idComment(block: ElementNode): string {
  const id = $getBlockId(block);
  return id === '' ? '' : `<!-- id: ${id} -->`;
}

/** Joins the parts of a block's last line, dropping empty ones. */
function withComment(lines: string[], block: ElementNode): string[] {
  const comment = idComment(block);
  const last = [lines[lines.length - 1], comment].filter((part) => part !== '').join(' ');
  return [...lines.slice(0, -1), last];
}

function $renderBlock(node: LexicalNode, numbers: ReadonlyMap<NodeKey, string>): string {
  if ($isHeadingNode(node)) {
    const level = Number(node.getTag().slice(1));
    // A heading is one line in Markdown: a break inside it becomes a space.
    const text = renderInlineLines($inlineContent(node))
      .map((l) => l.replace(/\\$/, ''))
      .join(' ');
    return withComment([`${'#'.repeat(level)} ${text}`.trimEnd()], node).join('\n');
  }
  if ($isQuoteNode(node)) {
    return withComment(renderInlineLines($inlineContent(node)), node)
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
  }
  if ($isListNode(node)) return $renderList(node, '').join('\n');
  if ($isParagraphNode(node)) {
    const lines = renderInlineLines($inlineContent(node));
    const number = numbers.get(node.getKey());
    if (number === undefined) return withComment([''], node).join('\n');
    lines[0] = `**${number}.** ${lines[0]}`;
    return withComment(lines, node).join('\n');
  }
  const text = $isElementNode(node)
    ? renderInlineLines($inlineContent(node))
    : [escapeMarkdownText(node.getTextContent())];
  return text.join('\n');
}

function marker(list: ListNode, item: ListItemNode): string {
  switch (list.getListType()) {
    case 'number':
      return `${item.getValue()}. `;
    case 'check':
      return `- [${item.getChecked() === true ? 'x' : ' '}] `;
    default:
      return '- ';
  }
}

/** Where an item's content starts: nested blocks must be indented at least this far. */
function contentOffset(list: ListNode, item: ListItemNode): number {
  // A task item's `[ ]` is part of its content; its list marker is the `- ` alone.
  return list.getListType() === 'check' ? 2 : marker(list, item).length;
}

function $renderList(list: ListNode, indent: string): string[] {
  const lines: string[] = [];
  const comment = idComment(list);
  if (comment !== '') lines.push(indent + comment);
  let nestedIndent = indent + '  ';
  for (const item of list.getChildren().filter($isListItemNode)) {
    const nested = item.getChildren().filter($isListNode);
    const content = $inlineContent(item);
    // Lexical nests a list in an item of its own; Markdown nests it under the previous item.
    if (content.length === 0 && nested.length > 0) {
      const wrapperComment = idComment(item);
      if (wrapperComment !== '') lines.push(nestedIndent + wrapperComment);
      for (const inner of nested) lines.push(...$renderList(inner, nestedIndent));
      continue;
    }
    const itemMarker = marker(list, item);
    const continuation = indent + ' '.repeat(itemMarker.length);
    const itemLines = withComment(renderInlineLines(content), item);
    lines.push(
      ...itemLines.map((line, i) => (i === 0 ? `${indent}${itemMarker}${line}` : `${continuation}${line}`).trimEnd()),
    );
    nestedIndent = indent + ' '.repeat(contentOffset(list, item));
    for (const inner of nested) lines.push(...$renderList(inner, nestedIndent));
  }
  return lines;
}
