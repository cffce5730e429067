import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, $isParagraphNode, type ElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { $getBlockId } from './id-state.js';
import { $inlineContent, type Inline, type KeptFormat } from './inline.js';
import { suggestionAuthorName } from './suggestion-rendering.js';
import { $blockLabels, type BaselineParagraph } from './labels.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const TAGS: Record<KeptFormat, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strikethrough: 's',
  subscript: 'sub',
  superscript: 'sup',
  code: 'code',
};

/**
 * Renders the active editor state as an HTML fragment: one element per block, each with its
 * permanent id as `id`; numbered paragraphs as `<p id="p…" data-number="5"><span class="num">5
 * </span> …</p>`; bracketed text as `<span class="bracket" data-bracket-id="b…">[…]</span>`. Everything a user typed is escaped and only http, https and mailto links
 * become `href`s, so the fragment can be embedded as is. Walks the nodes itself rather than
 * using `$generateHtmlFromNodes`, which needs a DOM and drops the ids.
 * With a frozen numbering `baseline` (labels.ts) numbers are labels (`data-number="4bis"`), and a
 * baseline paragraph since removed is `<p class="deleted" data-number="6"><span class="num">6</span> [deleted]</p>`
 * where it was.
 * Call inside `editor.read` or `editorState.read`.
 */
export function $renderHtml(baseline?: readonly BaselineParagraph[] | null): string {
  const { labels: numbers, deletedBefore } = $blockLabels(baseline);
  const deleted = (key: NodeKey | null) =>
    (deletedBefore.get(key) ?? []).map(
      (label) =>
        `<p class="deleted" data-number="${escapeHtml(label)}"><span class="num">${escapeHtml(label)}</span> [deleted]</p>`,
    );
  return [
    ...$getRoot()
      .getChildren()
      .flatMap((node) => [...deleted(node.getKey()), $renderBlock(node, numbers)]),
    ...deleted(null),
  ].join('\n');
}

function idAttribute(block: ElementNode): string {
  const id = $getBlockId(block);
  return id === '' ? '' : ` id="${escapeHtml(id)}"`;
}

function $renderBlock(node: LexicalNode, numbers: ReadonlyMap<NodeKey, string>): string {
  if ($isHeadingNode(node)) {
    const tag = node.getTag();
    return `<${tag}${idAttribute(node)}>${renderInline($inlineContent(node))}</${tag}>`;
  }
  if ($isQuoteNode(node)) return `<blockquote${idAttribute(node)}>${renderInline($inlineContent(node))}</blockquote>`;
  if ($isListNode(node)) return $renderList(node);
  if ($isParagraphNode(node)) {
    const number = numbers.get(node.getKey());
    const content = renderInline($inlineContent(node));
    if (number === undefined) return `<p${idAttribute(node)}>${content}</p>`;
    return `<p${idAttribute(node)} data-number="${number}"><span class="num">${number}</span> ${content}</p>`;
  }
  // A block type the exports do not know yet: keep its text rather than lose it.
  const text = $isElementNode(node) ? renderInline($inlineContent(node)) : escapeHtml(node.getTextContent());
  return `<div>${text}</div>`;
}

function $renderList(list: ListNode): string {
  const tag = list.getTag();
  const start = list.getListType() === 'number' && list.getStart() !== 1 ? ` start="${list.getStart()}"` : '';
  const items = list
    .getChildren()
    .filter($isListItemNode)
    .map((item) => {
      const nested = item.getChildren().filter($isListNode).map($renderList).join('');
      const checked = list.getListType() === 'check' ? ` data-checked="${item.getChecked() === true}"` : '';
      return `<li${idAttribute(item)}${checked}>${renderInline($inlineContent(item))}${nested}</li>`;
    })
    .join('');
  return `<${tag}${idAttribute(list)}${start}>${items}</${tag}>`;
}

/** Inline content as escaped HTML: allow-listed tags only, links only to safe targets. */
export function renderInline(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.kind) {
        case 'break':
          return '<br>';
        case 'link': {
          const children = renderInline(inline.children);
          if (inline.href === null) return children;
          return `<a href="${escapeHtml(inline.href)}" rel="noopener noreferrer nofollow">${children}</a>`;
        }
        case 'bracket': {
          // Visible brackets in the text itself, so the passage reads as bracketed anywhere it is pasted.
          const id = inline.id === '' ? '' : ` data-bracket-id="${escapeHtml(inline.id)}"`;
          return `<span class="bracket"${id}>[${renderInline(inline.children)}]</span>`;
        }
        case 'suggestion': {
          // Included on request only: an insertion or deletion proposed by someone, named in the title.
          const tag = inline.suggestion === 'insert' ? 'ins' : 'del';
          const what = inline.suggestion === 'insert' ? 'insertion' : 'deletion';
          const by = escapeHtml(suggestionAuthorName(inline.by));
          return `<${tag} class="suggestion" data-suggestion-id="${escapeHtml(inline.id)}" data-by="${escapeHtml(inline.by)}" title="Suggested ${what} by ${by}">${renderInline(inline.children)}</${tag}>`;
        }
        case 'text': {
          let html = escapeHtml(inline.text);
          // Innermost first, so the output nests in the order of TAGS.
          for (const format of (Object.keys(TAGS) as KeptFormat[]).reverse()) {
            if (inline.formats.has(format)) html = `<${TAGS[format]}>${html}</${TAGS[format]}>`;
          }
          return html;
        }
      }
    })
    .join('');
}
