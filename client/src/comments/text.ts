/**
 * Comment text: a deliberately tiny subset of Markdown, parsed into a tree that the page turns
 * into React elements (CommentText.tsx). Nothing here ever produces or interprets HTML: a
 * `<script>` or `<img onerror=…>` typed into a comment is just text, and React escapes it.
 *
 * Supported: paragraphs (blank line between), line breaks, `- ` / `* ` / `+ ` bullet lists and
 * `1. ` / `1) ` numbered lists, `*emphasis*` / `_emphasis_`, `**strong**` / `__strong__`,
 * `` `code` ``, `[text](url)` and bare http(s) URLs, `\` escapes, and `@Name` mentions of
 * people the caller names. Links keep only http:, https: and mailto: targets; any other link
 * shows as the literal text that was typed.
 */
import { safeHref } from '@accord/editor';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'em'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'mention'; name: string };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

export interface ParseOptions {
  /** Names that `@Name` refers to (people mentioned in the comment); longest match wins. */
  mentionNames?: readonly string[];
}

const BULLET = /^ {0,3}[-*+]\s+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)]\s+(.*)$/;
/** Nesting deeper than this is shown as text: bounds recursion on hostile input. */
const MAX_DEPTH = 8;

/** Parses comment text into blocks. Never throws; any input is some tree of text. */
export function parseCommentText(source: string, options: ParseOptions = {}): Block[] {
  const names = [...new Set(options.mentionNames ?? [])]
    .filter((n) => n.trim() !== '')
    .sort((a, b) => b.length - a.length);
  const inline = (text: string) => new InlineParser(text, names).parse();
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: inline(paragraph.join('\n')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items: list.items.map(inline) });
    list = null;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    if (bullet || ordered) {
      flushParagraph();
      const isOrdered = ordered !== null;
      if (list && list.ordered !== isOrdered) flushList();
      list ??= { ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
      list.items.push((bullet ? bullet[1] : ordered![2])!);
    } else if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else if (list && /^\s{2,}\S/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += `\n${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

const ESCAPABLE = new Set(['\\', '*', '_', '`', '[', ']', '(', ')', '@', '-', '+', '.', '!', '#']);
const BARE_URL = /^(?:https?:\/\/)[^\s<>"]+/i;

class InlineParser {
  #text: string;
  #names: readonly string[];
  /** Per delimiter, the position from which no closing delimiter exists (keeps hostile input linear). */
  #noCloser = new Map<string, number>();

  constructor(text: string, names: readonly string[]) {
    this.#text = text;
    this.#names = names;
  }

  parse(): Inline[] {
    return this.#run(0, this.#text.length, 0);
  }

  /** Parses text[from, to) into inline nodes. */
  #run(from: number, to: number, depth: number): Inline[] {
    const out: Inline[] = [];
    let buffer = '';
    const push = (node: Inline) => {
      if (buffer) out.push({ type: 'text', text: buffer });
      buffer = '';
      out.push(node);
    };
    const text = this.#text;
    let i = from;
    while (i < to) {
      const ch = text[i]!;
      if (ch === '\\' && i + 1 < to && ESCAPABLE.has(text[i + 1]!)) {
        buffer += text[i + 1];
        i += 2;
        continue;
      }
      if (ch === '\n') {
        push({ type: 'break' });
        i += 1;
        continue;
      }
      if (ch === '`') {
        const close = text.indexOf('`', i + 1);
        if (close !== -1 && close < to && close > i + 1) {
          push({ type: 'code', text: text.slice(i + 1, close) });
          i = close + 1;
          continue;
        }
      }
      if (depth < MAX_DEPTH && (ch === '*' || ch === '_')) {
        const taken = this.#emphasis(i, to, depth);
        if (taken) {
          push(taken.node);
          i = taken.next;
          continue;
        }
      }
      if (ch === '[' && depth < MAX_DEPTH) {
        const link = this.#link(i, to, depth);
        if (link) {
          push(link.node);
          i = link.next;
          continue;
        }
      }
      if ((ch === 'h' || ch === 'H') && (i === 0 || /[\s(]/.test(text[i - 1]!))) {
        const url = this.#bareUrl(i, to);
        if (url) {
          push(url.node);
          i = url.next;
          continue;
        }
      }
      if (ch === '@' && (i === 0 || /[\s(]/.test(text[i - 1]!))) {
        const name = this.#names.find(
          (n) =>
            text.startsWith(n, i + 1) && i + 1 + n.length <= to && !/[\p{L}\p{N}]/u.test(text[i + 1 + n.length] ?? ''),
        );
        if (name !== undefined) {
          push({ type: 'mention', name });
          i += 1 + name.length;
          continue;
        }
      }
      buffer += ch;
      i += 1;
    }
    if (buffer) out.push({ type: 'text', text: buffer });
    return out;
  }

  /** `**strong**`, `__strong__`, `*em*`, `_em_` starting at `at`, if well formed. */
  #emphasis(at: number, to: number, depth: number): { node: Inline; next: number } | null {
    const text = this.#text;
    const ch = text[at]!;
    const double = text[at + 1] === ch;
    const delimiter = double ? ch + ch : ch;
    const open = at + delimiter.length;
    // An opener must be followed by a non-space; `_` must not sit inside a word (snake_case).
    if (open >= to || /\s/.test(text[open]!)) return null;
    if (ch === '_' && at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return null;
    const close = this.#findCloser(delimiter, open, to);
    if (close === -1) return null;
    const children = this.#run(open, close, depth + 1);
    return { node: { type: double ? 'strong' : 'em', children }, next: close + delimiter.length };
  }

  #findCloser(delimiter: string, from: number, to: number): number {
    const text = this.#text;
    const known = this.#noCloser.get(delimiter);
    if (known !== undefined && from >= known) return -1;
    for (let at = text.indexOf(delimiter, from + 1); at !== -1 && at < to; at = text.indexOf(delimiter, at + 1)) {
      if (at + delimiter.length > to) break;
      if (/\s/.test(text[at - 1]!) || text[at - 1] === '\\') continue;
      // A single `*` closer must not be half of a `**`.
      if (delimiter.length === 1 && (text[at + 1] === delimiter || text[at - 1] === delimiter)) continue;
      if (delimiter[0] === '_' && /[\p{L}\p{N}]/u.test(text[at + delimiter.length] ?? '')) continue;
      return at;
    }
    if (to === text.length) this.#noCloser.set(delimiter, Math.min(known ?? Infinity, from));
    return -1;
  }

  /** `[label](url)` with a safe url; an unsafe or malformed link stays text. */
  #link(at: number, to: number, depth: number): { node: Inline; next: number } | null {
    const text = this.#text;
    const closeLabel = text.indexOf('](', at + 1);
    if (closeLabel === -1 || closeLabel >= to || text.slice(at + 1, closeLabel).includes('\n')) return null;
    const closeUrl = text.indexOf(')', closeLabel + 2);
    if (closeUrl === -1 || closeUrl >= to) return null;
    const href = safeHref(text.slice(closeLabel + 2, closeUrl));
    if (href === null || closeLabel === at + 1) return null;
    return { node: { type: 'link', href, children: this.#run(at + 1, closeLabel, depth + 1) }, next: closeUrl + 1 };
  }

  /** A bare http(s) URL, without trailing punctuation that belongs to the sentence. */
  #bareUrl(at: number, to: number): { node: Inline; next: number } | null {
    const match = BARE_URL.exec(this.#text.slice(at, to));
    if (!match) return null;
    let url = match[0];
    while (/[.,;:!?'"*_]$/.test(url) || (url.endsWith(')') && !url.includes('('))) url = url.slice(0, -1);
    const href = safeHref(url);
    if (href === null || url.length < 'http://x'.length) return null;
    return { node: { type: 'link', href, children: [{ type: 'text', text: url }] }, next: at + url.length };
  }
}

/** The plain text of comment text (for previews and screen-reader labels): markup removed, lists flattened. */
export function plainCommentText(source: string): string {
  const flat = (nodes: Inline[]): string =>
    nodes
      .map((n) => {
        switch (n.type) {
          case 'text':
          case 'code':
            return n.text;
          case 'break':
            return ' ';
          case 'mention':
            return `@${n.name}`;
          default:
            return flat(n.children);
        }
      })
      .join('');
  return parseCommentText(source)
    .map((b) => (b.type === 'paragraph' ? flat(b.children) : b.items.map(flat).join('; ')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
