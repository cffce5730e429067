/**
 * Offsets in a block's own text ↔ points in the DOM Lexical rendered for it. A block's text is
 * what `@accord/editor`'s BlockIndex counts: its text nodes, a line break (`<br>`) as one
 * character, links' text, and nothing of the blocks nested in it (a list item's sub-list has a
 * `data-block-id` of its own). Lexical's managed `<br>` that keeps an empty line open is not
 * text. Works on anything shaped like DOM nodes, so it is tested without a browser.
 */

/** The parts of a DOM node used here. */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly parentNode: NodeLike | null;
  /** Text nodes' characters. */
  readonly data?: string;
  getAttribute?(name: string): string | null;
}

export interface DomPoint<N extends NodeLike = NodeLike> {
  node: N;
  offset: number;
}

const ELEMENT = 1;
const TEXT = 3;

const isBlock = (node: NodeLike) => node.nodeType === ELEMENT && node.getAttribute?.('data-block-id') != null;
const isTextBreak = (node: NodeLike) =>
  node.nodeName === 'BR' && node.getAttribute?.('data-lexical-managed-linebreak') == null;

/** How many characters a node contributes to its block's text (a nested block: none). */
function lengthOf(node: NodeLike): number {
  if (node.nodeType === TEXT) return node.data?.length ?? 0;
  if (node.nodeType !== ELEMENT || isBlock(node)) return 0;
  if (isTextBreak(node)) return 1;
  let length = 0;
  for (let i = 0; i < node.childNodes.length; i++) length += lengthOf(node.childNodes[i]!);
  return length;
}

/** The block's own text as the DOM shows it (line breaks as `\n`). */
export function blockTextOf(block: NodeLike): string {
  let text = '';
  const visit = (node: NodeLike, root: boolean) => {
    if (node.nodeType === TEXT) text += node.data ?? '';
    else if (node.nodeType === ELEMENT && (root || !isBlock(node))) {
      if (isTextBreak(node)) text += '\n';
      else for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!, false);
    }
  };
  visit(block, true);
  return text;
}

/**
 * The offset in `block`'s text of the DOM point (`node`, `offset`), as a selection gives it;
 * null when the point is not in the block's own text (outside it, or in a nested block).
 */
export function offsetOfPoint(block: NodeLike, node: NodeLike, offset: number): number | null {
  let count = 0;
  let found: number | null = null;
  const visit = (current: NodeLike, root: boolean): boolean => {
    if (current === node) {
      if (current.nodeType === TEXT) found = count + Math.min(offset, current.data?.length ?? 0);
      else {
        for (let i = 0; i < Math.min(offset, current.childNodes.length); i++) count += lengthOf(current.childNodes[i]!);
        found = count;
      }
      return true;
    }
    if (current.nodeType === TEXT) {
      count += current.data?.length ?? 0;
      return false;
    }
    if (current.nodeType !== ELEMENT || (!root && isBlock(current))) return false;
    if (isTextBreak(current)) {
      count += 1;
      return false;
    }
    for (let i = 0; i < current.childNodes.length; i++) if (visit(current.childNodes[i]!, false)) return true;
    return false;
  };
  visit(block, true);
  return found;
}

const indexIn = (node: NodeLike): number => Array.prototype.indexOf.call(node.parentNode!.childNodes, node) as number;

/**
 * The DOM point at `offset` of the block's text. A boundary between two text nodes is put at
 * the start of the next one for a range's start and at the end of the previous one for its
 * end, so a highlight never includes an empty piece of a neighbour.
 */
export function pointAtOffset<N extends NodeLike>(block: N, offset: number, edge: 'start' | 'end'): DomPoint<N> {
  let count = 0;
  let last: DomPoint<N> = { node: block, offset: 0 };
  let result: DomPoint<N> | null = null;
  const visit = (node: N, root: boolean): boolean => {
    if (node.nodeType === TEXT) {
      const length = node.data?.length ?? 0;
      const inside = edge === 'start' ? offset < count + length : offset <= count + length;
      if (inside && offset >= count) {
        result = { node, offset: offset - count };
        return true;
      }
      count += length;
      last = { node, offset: length };
      return false;
    }
    if (node.nodeType !== ELEMENT || (!root && isBlock(node))) return false;
    if (isTextBreak(node)) {
      if (offset === count) {
        result = { node: node.parentNode as N, offset: indexIn(node) };
        return true;
      }
      count += 1;
      last = { node: node.parentNode as N, offset: indexIn(node) + 1 };
      return false;
    }
    for (let i = 0; i < node.childNodes.length; i++) if (visit(node.childNodes[i] as N, false)) return true;
    return false;
  };
  visit(block, true);
  return result ?? last;
}

/** The nearest element at or above `node` that is a block (has `data-block-id`), not above `root`. */
export function blockOf<N extends NodeLike>(node: N | null, root: NodeLike): N | null {
  for (let current: NodeLike | null = node; current && current !== root; current = current.parentNode) {
    if (isBlock(current)) return current as N;
  }
  return null;
}
