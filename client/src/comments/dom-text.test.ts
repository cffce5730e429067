import { describe, expect, it } from 'vitest';
import { blockOf, blockTextOf, offsetOfPoint, pointAtOffset } from './dom-text.js';
import { el, t } from './testing/fake-dom.js';

const span = (data: string) => el('span', { 'data-lexical-text': 'true' }, t(data));

// <p data-block-id="b1"><span>Hello </span><a><span>big</span></a><br><span> world</span></p>
const hello = span('Hello ');
const big = span('big');
const world = span(' world');
const br = el('br', {});
const paragraph = el(
  'p',
  { 'data-block-id': 'b1' },
  hello,
  el('a', { href: 'https://x.org' }, big),
  br,
  world,
  el('br', { 'data-lexical-managed-linebreak': 'true' }),
);
// <li data-block-id="i1"><span>item</span><ul data-block-id="l2"><li data-block-id="i2"><span>nested</span></li></ul></li>
const nestedItem = el('li', { 'data-block-id': 'i2' }, span('nested'));
const item = el('li', { 'data-block-id': 'i1' }, span('item'), el('ul', { 'data-block-id': 'l2' }, nestedItem));
const root = el('div', { contenteditable: 'true' }, paragraph, el('ul', { 'data-block-id': 'l1' }, item));

describe('block text in the DOM', () => {
  it('counts text, links and line breaks, not managed breaks or nested blocks', () => {
    expect(blockTextOf(paragraph)).toBe('Hello big\n world');
    expect(blockTextOf(item)).toBe('item');
  });

  it('maps selection points to offsets', () => {
    expect(offsetOfPoint(paragraph, hello.childNodes[0]!, 2)).toBe(2);
    expect(offsetOfPoint(paragraph, big.childNodes[0]!, 3)).toBe(9);
    expect(offsetOfPoint(paragraph, world.childNodes[0]!, 1)).toBe(11);
    // An element point: before its n-th child.
    expect(offsetOfPoint(paragraph, paragraph, 3)).toBe(10);
    expect(offsetOfPoint(paragraph, paragraph, 5)).toBe(16);
    // Inside a nested block: not this block's text.
    expect(offsetOfPoint(item, nestedItem.childNodes[0]!.childNodes[0]!, 2)).toBeNull();
    expect(offsetOfPoint(nestedItem, nestedItem.childNodes[0]!.childNodes[0]!, 2)).toBe(2);
  });

  it('maps offsets back to points, preferring the inside of a passage at boundaries', () => {
    expect(pointAtOffset(paragraph, 6, 'start')).toEqual({ node: big.childNodes[0], offset: 0 });
    expect(pointAtOffset(paragraph, 6, 'end')).toEqual({ node: hello.childNodes[0], offset: 6 });
    expect(pointAtOffset(paragraph, 10, 'start')).toEqual({ node: world.childNodes[0], offset: 0 });
    expect(pointAtOffset(paragraph, 16, 'end')).toEqual({ node: world.childNodes[0], offset: 6 });
    // Past the end: the end of the last text.
    expect(pointAtOffset(paragraph, 99, 'end')).toEqual({ node: world.childNodes[0], offset: 6 });
    expect(pointAtOffset(item, 4, 'end')).toEqual({ node: item.childNodes[0]!.childNodes[0], offset: 4 });
  });

  it('round-trips every offset', () => {
    const text = blockTextOf(paragraph);
    for (let i = 0; i <= text.length; i++) {
      for (const edge of ['start', 'end'] as const) {
        const point = pointAtOffset(paragraph, i, edge);
        expect(offsetOfPoint(paragraph, point.node, point.offset), `${i} ${edge}`).toBe(i);
      }
    }
  });

  it('finds the block around a node', () => {
    expect(blockOf(big.childNodes[0]!, root)).toBe(paragraph);
    expect(blockOf(nestedItem.childNodes[0]!, root)).toBe(nestedItem);
    expect(blockOf(root, root)).toBeNull();
  });
});
