import { $isLinkNode } from '@lexical/link';
import { $isListNode } from '@lexical/list';
import { $getBracketId, $isBracketNode } from './bracket-node.js';
import { $getSuggestionBy, $getSuggestionId, $getSuggestionKind, $isSuggestionNode } from './suggestion-node.js';
import { suggestionRendering } from './suggestion-rendering.js';
import { $isUnsupportedNode, unsupportedLabel } from './unsupported-node.js';
import {
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type TextFormatType,
} from 'lexical';

/** The text formats the exports keep, in the order renderers nest them (outermost first). */
export const KEPT_FORMATS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'subscript',
  'superscript',
  'code',
] as const;
export type KeptFormat = (typeof KEPT_FORMATS)[number] & TextFormatType;

/** A block's inline content, reduced to what the HTML and Markdown exports render. */
export type Inline =
  | { kind: 'text'; text: string; formats: ReadonlySet<KeptFormat> }
  | { kind: 'break' }
  | { kind: 'link'; href: string | null; children: Inline[] }
  | { kind: 'bracket'; id: string; children: Inline[] }
  /** A pending suggestion, only when a rendering includes them (suggestion-rendering.ts). */
  | { kind: 'suggestion'; suggestion: 'insert' | 'delete'; id: string; by: string; children: Inline[] };

/**
 * The inline content of a block, without the lists nested in a list item (those are blocks of
 * their own). Inline elements Accord does not know are flattened to their children, and any
 * other leaf to its text, so no content is silently dropped from an export.
 */
export function $inlineContent(block: ElementNode): Inline[] {
  if ($isUnsupportedNode(block)) return $inline(block);
  return block
    .getChildren()
    .filter((child) => !$isListNode(child))
    .flatMap($inline);
}

function $inline(node: LexicalNode): Inline[] {
  if ($isUnsupportedNode(node)) {
    // A node of a type Accord does not know: its label, then whatever text it holds.
    const label: Inline = { kind: 'text', text: unsupportedLabel(node.__unsupportedType), formats: new Set() };
    if ($isElementNode(node)) return [label, ...node.getChildren().flatMap($inline)];
    const text = node.getTextContent();
    return text === '' ? [label] : [label, { kind: 'text', text, formats: new Set() }];
  }
  if ($isLineBreakNode(node)) return [{ kind: 'break' }];
  if ($isTextNode(node)) {
    const formats = new Set(KEPT_FORMATS.filter((format) => node.hasFormat(format)));
    return [{ kind: 'text', text: node.getTextContent(), formats }];
  }
  if ($isLinkNode(node)) {
    return [{ kind: 'link', href: safeHref(node.getURL()), children: node.getChildren().flatMap($inline) }];
  }
  if ($isBracketNode(node))
    return [{ kind: 'bracket', id: $getBracketId(node), children: node.getChildren().flatMap($inline) }];
  if ($isSuggestionNode(node)) {
    // Pending proposals are not the text: by default an insertion is left out and a deletion's text kept.
    const suggestion = $getSuggestionKind(node) === 'delete' ? 'delete' : 'insert';
    const children = node.getChildren().flatMap($inline);
    if (suggestionRendering() === 'base') return suggestion === 'insert' ? [] : children;
    return [{ kind: 'suggestion', suggestion, id: $getSuggestionId(node), by: $getSuggestionBy(node), children }];
  }
  if ($isElementNode(node)) return node.getChildren().flatMap($inline);
  return [{ kind: 'text', text: node.getTextContent(), formats: new Set() }];
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target normalised by the WHATWG URL parser if it is an absolute http, https or
 * mailto URL, else null. Parsing (rather than matching a prefix) is what browsers do, so tricks
 * such as `JaVaScRiPt:`, leading spaces or tabs inside the scheme are judged as a browser would.
 */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}
