/**
 * Editing that makes suggestions instead of changes (track changes): typed text becomes an
 * insert suggestion, deleted text is wrapped in a delete suggestion, both by the author at the
 * keyboard. Call everything inside `editor.update`. Accepting, rejecting and listing live in
 * `suggestion-decisions.ts`; how far a Backspace reaches in `suggestion-extent.ts`.
 *
 * Rules: one's own pending insertion is one's draft, edited directly (typing into it extends
 * it, deleting from it really removes characters); plain text is never removed, only marked;
 * other people's suggestions are never changed (typing inside one splits it around the new
 * insertion, deleting skips it). Structure (paragraph breaks, formatting) is not suggested.
 */
import {
  $copyNode,
  $createLineBreakNode,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $isListNode } from '@lexical/list';
import { $keepApartAround } from './keep-apart.js';
import { $deletionExtent, type DeletionUnit } from './suggestion-extent.js';
import {
  $createSuggestionNode,
  $getSuggestionBy,
  $getSuggestionKind,
  $isSuggestionNode,
  newSuggestionId,
  type SuggestionIdentity,
  type SuggestionKind,
  type SuggestionNode,
} from './suggestion-node.js';

/** Who is suggesting, and the clock that stamps their suggestions (`Date.now` by default). */
export interface SuggestionAuthor {
  personId: string;
  now?: () => number;
}

/** Which way a deletion goes: Backspace leaves the caret before the struck text, Delete after it. */
export type DeleteDirection = 'backward' | 'forward';

function identity(author: SuggestionAuthor, kind: SuggestionKind): SuggestionIdentity {
  return { id: newSuggestionId(), kind, by: author.personId, at: Math.floor((author.now ?? Date.now)()) };
}

/** Whether `node` is a suggestion of `kind` by the author. */
export function $isOwnSuggestion(
  node: LexicalNode | null | undefined,
  author: SuggestionAuthor,
  kind: SuggestionKind,
): node is SuggestionNode {
  return $isSuggestionNode(node) && $getSuggestionBy(node) === author.personId && $getSuggestionKind(node) === kind;
}

/** A place between two children of an element (index = the child after it). */
interface Gap {
  parent: ElementNode;
  index: number;
}

/**
 * Suggests inserting `text` at the selection, as the author; a non-collapsed selection is first
 * suggested for deletion and the text goes after it. Typing in or right next to one's own
 * pending insertion extends it; elsewhere a new insert suggestion holds the text, formatted
 * like the text around it, and the caret ends inside it, after the text. Line breaks in `text`
 * become line breaks inside the suggestion. Returns whether anything was inserted.
 */
export function $suggestInsertText(text: string, author: SuggestionAuthor): boolean {
  let selection = $getSelection();
  if (!$isRangeSelection(selection) || text === '') return false;
  const { format, style } = formatAt(selection);
  if (!selection.isCollapsed()) {
    $suggestDeleteSelection(author, 'forward');
    selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
  }
  const anchor = selection.anchor;
  const oneLine = !/[\r\n]/.test(text);
  // Fast path, every keystroke of one's own insertion: the same text node grows.
  if (oneLine && anchor.type === 'text') {
    const node = anchor.getNode();
    if ($isTextNode(node) && $isOwnSuggestion(node.getParent(), author, 'insert')) {
      node.spliceText(anchor.offset, 0, text, true);
      return true;
    }
  }
  let gap: Gap | null = gapAt(anchor);
  if (gap === null) return false;
  for (;;) {
    const parent: ElementNode = gap.parent;
    const index: number = gap.index;
    if ($isSuggestionNode(parent)) {
      if ($isOwnSuggestion(parent, author, 'insert')) return insertIntoOwn(gap, text, oneLine, format, style);
      gap = splitSuggestion(parent, index);
      continue;
    }
    const before = parent.getChildAtIndex(index - 1);
    if ($isOwnSuggestion(before, author, 'insert'))
      return insertIntoOwn({ parent: before, index: before.getChildrenSize() }, text, oneLine, format, style);
    const after = parent.getChildAtIndex(index);
    if ($isOwnSuggestion(after, author, 'insert'))
      return insertIntoOwn({ parent: after, index: 0 }, text, oneLine, format, style);
    // At the edge of a link or bracket, typed text goes outside, as Lexical does without suggestions.
    const up: ElementNode | null = parent.getParent();
    if (parent.isInline() && up !== null) {
      if (index === parent.getChildrenSize() && !parent.canInsertTextAfter()) {
        gap = { parent: up, index: parent.getIndexWithinParent() + 1 };
        continue;
      }
      if (index === 0 && !parent.canInsertTextBefore()) {
        gap = { parent: up, index: parent.getIndexWithinParent() };
        continue;
      }
    }
    const suggestion = $createSuggestionNode(identity(author, 'insert'));
    suggestion.append(...textNodes(text, format, style));
    insertAt(gap, [suggestion]);
    selectEndOf(suggestion);
    return true;
  }
}

/**
 * Suggests deleting the selected text, as the author: plain text is wrapped in a delete
 * suggestion (joining an adjacent delete suggestion of the author's, so deleting a word letter
 * by letter makes one suggestion); characters of the author's own pending insertions are
 * really removed; other people's suggestions and text already suggested for deletion are left
 * as they are. A selection across blocks strikes the text of each block; the paragraph breaks
 * stay (merging paragraphs is structure, not suggested). The caret ends before the struck text
 * (`backward`) or after it (`forward`). Returns whether anything changed.
 */
export function $suggestDeleteSelection(author: SuggestionAuthor, direction: DeleteDirection): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const leaves = selection
    .extract()
    .filter((node) => ($isTextNode(node) && node.getTextContentSize() > 0) || $isLineBreakNode(node));
  let wrapper: SuggestionIdentity | undefined;
  let changed = false;
  for (const leaf of leaves) {
    const parent = leaf.getParent();
    if (parent === null) continue;
    if ($isSuggestionNode(parent)) {
      if ($isOwnSuggestion(parent, author, 'insert')) {
        // Its last character gone, the insertion goes too: the text either side must not
        // merge (@lexical/yjs writes a merge as delete and re-insert, doubling concurrent typing).
        if (parent.getChildrenSize() === 1) $keepApartAround(parent);
        leaf.remove();
        changed = true;
      }
      continue;
    }
    changed = true;
    const prev = leaf.getPreviousSibling();
    const next = leaf.getNextSibling();
    if ($isOwnSuggestion(prev, author, 'delete')) {
      prev.append(leaf);
      if ($isOwnSuggestion(next, author, 'delete')) {
        prev.append(...next.getChildren());
        next.remove();
      }
    } else if ($isOwnSuggestion(next, author, 'delete')) {
      next.getFirstChildOrThrow().insertBefore(leaf);
    } else {
      // One deletion is one suggestion, even where it crosses a link or a paragraph break.
      wrapper ??= identity(author, 'delete');
      const suggestion = $createSuggestionNode(wrapper);
      leaf.insertBefore(suggestion);
      suggestion.append(leaf);
    }
  }
  const attached = leaves.filter((leaf) => leaf.isAttached());
  if (direction === 'backward' && attached.length > 0) selectBefore(attached[0]!);
  else if (direction === 'forward' && attached.length > 0) selectAfter(attached[attached.length - 1]!);
  else collapse(direction);
  return changed;
}

/**
 * Backspace (`isBackward`) or Delete as a suggestion: the selection, or when it is collapsed
 * the character (`unit` 'word': the word, 'line': the rest of the line) before or after the
 * caret, not counting text already suggested for deletion or others' insertions (they are
 * stepped over). At the edge of a block nothing happens: joining paragraphs is not suggested.
 * Returns whether anything changed.
 */
export function $suggestDelete(
  isBackward: boolean,
  author: SuggestionAuthor,
  unit: DeletionUnit = 'character',
): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (selection.isCollapsed() && !$deletionExtent(selection, isBackward, unit, (node) => isStepped(node, author)))
    return false;
  return $suggestDeleteSelection(author, isBackward ? 'backward' : 'forward');
}

/** `$suggestDelete` by one character, as DELETE_CHARACTER_COMMAND. */
export function $suggestDeleteCharacter(isBackward: boolean, author: SuggestionAuthor): boolean {
  return $suggestDelete(isBackward, author, 'character');
}

/** `$suggestDelete` by one word, as DELETE_WORD_COMMAND. */
export function $suggestDeleteWord(isBackward: boolean, author: SuggestionAuthor): boolean {
  return $suggestDelete(isBackward, author, 'word');
}

/** `$suggestDelete` to the start or end of the line, as DELETE_LINE_COMMAND. */
export function $suggestDeleteLine(isBackward: boolean, author: SuggestionAuthor): boolean {
  return $suggestDelete(isBackward, author, 'line');
}

/** Text a deletion steps over: inside a delete suggestion, or inside someone else's insertion. */
function isStepped(leaf: LexicalNode, author: SuggestionAuthor): boolean {
  const parent = leaf.getParent();
  return $isSuggestionNode(parent) && !$isOwnSuggestion(parent, author, 'insert');
}

function formatAt(selection: RangeSelection): { format: number; style: string } {
  const node = selection.anchor.getNode();
  if (selection.anchor.type === 'text' && $isTextNode(node))
    return { format: node.getFormat(), style: node.getStyle() };
  return { format: selection.format, style: selection.style };
}

/** The gap at a point, splitting a text node when the point is inside it; null where text cannot go. */
function gapAt(point: PointType): Gap | null {
  const node = point.getNode();
  let gap: Gap;
  if (point.type === 'element' && $isElementNode(node)) gap = { parent: node, index: point.offset };
  else if ($isTextNode(node)) {
    const parent = node.getParentOrThrow();
    const index = node.getIndexWithinParent();
    if (point.offset <= 0) gap = { parent, index };
    else if (point.offset >= node.getTextContentSize()) gap = { parent, index: index + 1 };
    else {
      node.splitText(point.offset);
      gap = { parent, index: index + 1 };
    }
  } else return null;
  if ($isRootOrShadowRoot(gap.parent) || $isListNode(gap.parent)) return null;
  return gap;
}

/** Splits someone else's suggestion at `index` (both halves keep its identity); the gap between them. */
function splitSuggestion(suggestion: SuggestionNode, index: number): Gap {
  const parent = suggestion.getParentOrThrow();
  const at = suggestion.getIndexWithinParent();
  if (index <= 0) return { parent, index: at };
  if (index >= suggestion.getChildrenSize()) return { parent, index: at + 1 };
  const rest = $copyNode(suggestion);
  rest.append(...suggestion.getChildren().slice(index));
  suggestion.insertAfter(rest);
  return { parent, index: at + 1 };
}

function insertIntoOwn(gap: Gap, text: string, oneLine: boolean, format: number, style: string): true {
  const before = gap.parent.getChildAtIndex(gap.index - 1);
  const after = gap.parent.getChildAtIndex(gap.index);
  if (oneLine && $isTextNode(before)) before.spliceText(before.getTextContentSize(), 0, text, true);
  else if (oneLine && $isTextNode(after)) after.spliceText(0, 0, text, true);
  else {
    const nodes = textNodes(text, format, style);
    insertAt(gap, nodes);
    selectAfter(nodes[nodes.length - 1]!);
  }
  return true;
}

/** Text nodes and line breaks for `text`, formatted alike. */
function textNodes(text: string, format: number, style: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) nodes.push($createLineBreakNode());
    if (line !== '') nodes.push($createTextNode(line).setFormat(format).setStyle(style));
  });
  return nodes;
}

function insertAt(gap: Gap, nodes: LexicalNode[]): void {
  const ref = gap.parent.getChildAtIndex(gap.index);
  if (ref === null) gap.parent.append(...nodes);
  else for (const node of nodes) ref.insertBefore(node);
}

function selectEndOf(element: ElementNode): void {
  const last = element.getLastChild();
  if (last === null) element.select(0, 0);
  else selectAfter(last);
}

/** The caret right before `leaf`, or before the delete suggestion holding it (never inside struck text). */
function selectBefore(leaf: LexicalNode): void {
  const node = struckHolder(leaf) ?? leaf;
  const prev = node.getPreviousSibling();
  if ($isTextNode(prev)) prev.select(prev.getTextContentSize(), prev.getTextContentSize());
  else if ($isTextNode(node)) node.select(0, 0);
  else {
    const index = node.getIndexWithinParent();
    node.getParentOrThrow().select(index, index);
  }
}

/** The caret right after `leaf`, or after the delete suggestion holding it. */
function selectAfter(leaf: LexicalNode): void {
  const node = struckHolder(leaf) ?? leaf;
  if ($isTextNode(node)) {
    node.select(node.getTextContentSize(), node.getTextContentSize());
    return;
  }
  const next = node.getNextSibling();
  if ($isTextNode(next)) next.select(0, 0);
  else {
    const index = node.getIndexWithinParent() + 1;
    node.getParentOrThrow().select(index, index);
  }
}

function struckHolder(leaf: LexicalNode): SuggestionNode | undefined {
  const parent = leaf.getParent();
  return $isSuggestionNode(parent) && $getSuggestionKind(parent) === 'delete' ? parent : undefined;
}

function collapse(direction: DeleteDirection): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const point = direction === 'backward' ? start : end;
  const { key, offset, type } = point;
  selection.anchor.set(key, offset, type);
  selection.focus.set(key, offset, type);
}
