/**
 * What an Accord document may contain, as `@lexical/yjs` stores it in Yjs: which node types
 * exist, which may hold which, and which properties and NodeState entries each carries with
 * values of which shape. Read by `schema-check.ts`; `schema-check.test.ts` holds this table
 * against the node classes of `nodes.ts`, so a class added there without a rule here fails a test.
 */
import { isValidBracketId } from './bracket-node.js';
import { isValidBlockId } from './id-state.js';
import {
  isSuggestionKind,
  isValidSuggestionAuthor,
  isValidSuggestionId,
  isValidSuggestionTime,
} from './suggestion-node.js';

/** Longest string a node property may hold (a URL, a CSS style); longer ones are refused. */
export const MAX_PROPERTY_CHARS = 4096;

/** Deepest nesting of elements below the root (nested lists and inline elements in them). */
export const MAX_DEPTH = 32;

/** A check of one property value; returns whether it is acceptable. */
export type ValueRule = (value: unknown) => boolean;

const int: ValueRule = (v) => Number.isSafeInteger(v);
const str: ValueRule = (v) => typeof v === 'string' && v.length <= MAX_PROPERTY_CHARS;
const strOrNull: ValueRule = (v) => v === null || str(v);
const bool: ValueRule = (v) => typeof v === 'boolean';
const oneOf =
  (...values: unknown[]): ValueRule =>
  (v) =>
    values.includes(v);

/** Properties every element syncs (Lexical's `ElementNode` fields less the structural ones). */
const elementProps: Record<string, ValueRule> = {
  __format: int,
  __style: str,
  __indent: int,
  __dir: oneOf('ltr', 'rtl', null),
  __textFormat: int,
  __textStyle: str,
};

const linkProps: Record<string, ValueRule> = {
  ...elementProps,
  __url: str,
  __target: strOrNull,
  __rel: strOrNull,
  __title: strOrNull,
};

/**
 * Which children an element takes: block elements, list items, inline content (text and
 * inline elements), or text only (text, tab and line-break nodes: a suggestion).
 */
export type ChildKind = 'blocks' | 'listitems' | 'inline' | 'inline-or-list' | 'text';

export interface ElementRule {
  /** Whether the element itself is inline content (a link, a bracket) or a block. */
  inline: boolean;
  children: ChildKind;
  /** Properties besides `__type` and `__state`, with the shape of their values. */
  props: Record<string, ValueRule>;
  /** NodeState keys (entries of the `__state` map) and the shape of their values. */
  state: Record<string, ValueRule>;
}

const blockState = { pid: isValidBlockId };

/** Element types by `__type`. Lexical's `artificial` node is registered by every editor but never stored. */
export const ELEMENT_RULES: Readonly<Record<string, ElementRule>> = {
  root: { inline: false, children: 'blocks', props: { ...elementProps, __type: oneOf('root') }, state: {} },
  paragraph: { inline: false, children: 'inline', props: elementProps, state: blockState },
  heading: {
    inline: false,
    children: 'inline',
    props: { ...elementProps, __tag: oneOf('h1', 'h2', 'h3', 'h4', 'h5', 'h6') },
    state: blockState,
  },
  quote: { inline: false, children: 'inline', props: elementProps, state: blockState },
  list: {
    inline: false,
    children: 'listitems',
    props: { ...elementProps, __tag: oneOf('ol', 'ul'), __start: int, __listType: oneOf('number', 'bullet', 'check') },
    state: blockState,
  },
  listitem: {
    inline: false,
    children: 'inline-or-list',
    props: { ...elementProps, __value: int, __checked: oneOf(true, false, undefined) },
    state: blockState,
  },
  link: { inline: true, children: 'inline', props: linkProps, state: {} },
  autolink: { inline: true, children: 'inline', props: { ...linkProps, __isUnlinked: bool }, state: {} },
  'accord-bracket': { inline: true, children: 'inline', props: elementProps, state: { bid: isValidBracketId } },
  // A suggestion holds text only, so nothing (another suggestion, a link, a bracket) nests in it.
  'accord-suggestion': {
    inline: true,
    children: 'text',
    props: elementProps,
    state: { sid: isValidSuggestionId, sk: isSuggestionKind, sby: isValidSuggestionAuthor, sat: isValidSuggestionTime },
  },
};

const textProps: Record<string, ValueRule> = { __format: int, __style: str, __mode: int, __detail: int };

/** Text-like nodes by `__type`: stored as a `Y.Map` of properties followed by their characters. */
export const TEXT_RULES: Readonly<Record<string, { props: Record<string, ValueRule> }>> = {
  text: { props: textProps },
  tab: { props: textProps },
  linebreak: { props: {} },
};

/**
 * `table[key]` when `key` is the table's own (never an inherited `constructor` or `__proto__`,
 * which a peer can name as a type or property as easily as any other string).
 */
export function own<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether an element of type `parent` may hold a child element of type `child`. */
export function mayHoldElement(parent: ElementRule, child: ElementRule, childType: string): boolean {
  switch (parent.children) {
    case 'blocks':
      return !child.inline && childType !== 'listitem';
    case 'listitems':
      return childType === 'listitem';
    case 'inline':
      // Brackets do not nest (the editor refuses it: propose an alternative instead).
      return child.inline && !(parent === ELEMENT_RULES['accord-bracket'] && childType === 'accord-bracket');
    case 'inline-or-list':
      return child.inline || childType === 'list';
    case 'text':
      return false;
  }
}

/** Whether an element of type `parent` may hold text (text, tab and line-break nodes, and characters). */
export function mayHoldText(parent: ElementRule): boolean {
  return parent.children === 'inline' || parent.children === 'inline-or-list' || parent.children === 'text';
}
