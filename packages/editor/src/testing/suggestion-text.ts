/**
 * Test support for suggestions: a block written out with its suggestions marked (`{+added+}`,
 * `[-struck-]`, another person's as `{+bob:added+}`) and the caret as `|`, and a selection set
 * by character offsets over everything the block shows.
 */
import { $isLinkNode } from '@lexical/link';
import {
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  $createRangeSelection,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { $isBracketNode } from '../bracket-node.js';
import { $getSuggestionBy, $getSuggestionKind, $isSuggestionNode } from '../suggestion-node.js';
import { $blockAt } from './harness.js';

/** Block `index` with suggestions marked; `me` is the person whose marks carry no name. */
export function $marked(index: number, me = 'ada'): string {
  const selection = $getSelection();
  const caret = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor : null;
  const write = (node: LexicalNode): string => {
    if ($isTextNode(node)) {
      const text = node.getTextContent();
      if (caret?.type === 'text' && caret.key === node.getKey())
        return `${text.slice(0, caret.offset)}|${text.slice(caret.offset)}`;
      return text;
    }
    if ($isLineBreakNode(node)) return '\n';
    if (!$isElementNode(node)) return node.getTextContent();
    const inner = children(node);
    if ($isSuggestionNode(node)) {
      const by = $getSuggestionBy(node) === me ? '' : `${$getSuggestionBy(node)}:`;
      return $getSuggestionKind(node) === 'insert' ? `{+${by}${inner}+}` : `[-${by}${inner}-]`;
    }
    if ($isLinkNode(node)) return `<${inner}>`;
    if ($isBracketNode(node)) return `⟦${inner}⟧`;
    return inner;
  };
  const children = (element: ElementNode): string => {
    let out = '';
    element.getChildren().forEach((child, i) => {
      if (caret?.type === 'element' && caret.key === element.getKey() && caret.offset === i) out += '|';
      out += write(child);
    });
    if (caret?.type === 'element' && caret.key === element.getKey() && caret.offset === element.getChildrenSize())
      out += '|';
    return out;
  };
  return children($blockAt(index));
}

/**
 * Selects characters [start, end) of block `index` as it shows (suggestions' text included);
 * a collapsed caret on a node boundary sits at the end of the node before it.
 */
export function $select(index: number, start: number, end = start): void {
  const nodes = $blockAt(index).getAllTextNodes();
  const point = (offset: number, preferEnd: boolean): { key: string; offset: number } => {
    let remaining = offset;
    for (const node of nodes) {
      const size = node.getTextContentSize();
      if (remaining < size || (preferEnd && remaining === size)) return { key: node.getKey(), offset: remaining };
      remaining -= size;
    }
    const last = nodes[nodes.length - 1];
    if (last && remaining === 0) return { key: last.getKey(), offset: last.getTextContentSize() };
    throw new Error(`block ${index} has no offset ${offset}`);
  };
  const a = point(start, start === end);
  const b = point(end, true);
  const selection = $createRangeSelection();
  selection.anchor.set(a.key, a.offset, 'text');
  selection.focus.set(b.key, b.offset, 'text');
  $setSelection(selection);
}
