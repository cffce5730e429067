import { describe, expect, it } from 'vitest';
import { el, t } from '../comments/testing/fake-dom.js';
import { MAX_QUOTE, passageOf } from './passage.js';

const P1 = 'The Internet should remain open.';
const P2 = 'Access is a right.\nIt must be affordable.';

/** The page's shape: each paragraph's text in an element of its own, numbers outside it. */
function page(p2 = [t(P2)]) {
  const n1 = t('1');
  const text1 = t(P1);
  const p1 = el('p', { 'data-block-id': 'b1' }, text1);
  const p2el = el('p', { 'data-block-id': 'b2' }, ...p2);
  const root = el('div', {}, el('section', {}, el('span', {}, n1), p1), el('section', {}, p2el));
  return { root, n1, text1, p1, p2: p2el };
}
const texts: Record<string, string> = { b1: P1, b2: P2 };
const textOf = (id: string) => texts[id];

describe('passageOf', () => {
  it('gives offsets into the paragraph text and its quote', () => {
    const { root, text1 } = page();
    const anchor = passageOf(root, { node: text1, offset: 4 }, { node: text1, offset: 12 }, textOf);
    expect(anchor).toEqual({ kind: 'passage', blockId: 'b1', start: 4, end: 12, quote: 'Internet' });
    expect(P1.slice(anchor!.start, anchor!.end)).toBe(anchor!.quote);
  });

  it('counts across the text nodes of one paragraph', () => {
    const a = t('Access is '),
      b = t('a right.\nIt must'),
      c = t(' be affordable.');
    const { root } = page([a, el('em', {}, b), c]);
    const anchor = passageOf(root, { node: b, offset: 2 }, { node: c, offset: 3 }, textOf);
    expect(anchor).toMatchObject({ blockId: 'b2', start: 12, end: 29 });
    expect(anchor!.quote).toBe(P2.slice(12, 29));
    expect(anchor!.quote).toBe('right.\nIt must be');
  });

  it('accepts a point given on the paragraph element itself', () => {
    const { root, p1 } = page();
    expect(passageOf(root, { node: p1, offset: 0 }, { node: p1, offset: 1 }, textOf)).toMatchObject({
      start: 0,
      end: P1.length,
      quote: P1,
    });
  });

  it('trims spaces at the ends of the selection', () => {
    const { root, text1 } = page();
    // " Internet " with the spaces either side.
    expect(passageOf(root, { node: text1, offset: 3 }, { node: text1, offset: 13 }, textOf)).toMatchObject({
      start: 4,
      end: 12,
      quote: 'Internet',
    });
  });

  it('offers nothing for a caret, blank text or a selection across paragraphs', () => {
    const { root, text1, p2 } = page();
    expect(passageOf(root, { node: text1, offset: 5 }, { node: text1, offset: 5 }, textOf)).toBeNull();
    expect(passageOf(root, { node: text1, offset: 3 }, { node: text1, offset: 4 }, textOf)).toBeNull();
    expect(passageOf(root, { node: text1, offset: 3 }, { node: p2.childNodes[0]!, offset: 4 }, textOf)).toBeNull();
  });

  it('offers nothing outside the paragraphs (a number, another part of the page)', () => {
    const { root, n1, text1 } = page();
    expect(passageOf(root, { node: n1, offset: 0 }, { node: text1, offset: 4 }, textOf)).toBeNull();
    const elsewhere = t('Elsewhere');
    el('div', {}, elsewhere);
    expect(passageOf(root, { node: elsewhere, offset: 0 }, { node: elsewhere, offset: 4 }, textOf)).toBeNull();
  });

  it('offers nothing when the page does not show the server text', () => {
    const { root, text1 } = page();
    expect(passageOf(root, { node: text1, offset: 0 }, { node: text1, offset: 3 }, () => 'Something else')).toBeNull();
    expect(passageOf(root, { node: text1, offset: 0 }, { node: text1, offset: 3 }, () => undefined)).toBeNull();
  });

  it('offers nothing for a quote the server would refuse as too long', () => {
    const long = 'x'.repeat(MAX_QUOTE + 1);
    const node = t(long);
    const root = el('div', {}, el('p', { 'data-block-id': 'long' }, node));
    expect(passageOf(root, { node, offset: 0 }, { node, offset: long.length }, () => long)).toBeNull();
    expect(passageOf(root, { node, offset: 1 }, { node, offset: long.length }, () => long)).toMatchObject({
      start: 1,
      end: long.length,
    });
  });
});
