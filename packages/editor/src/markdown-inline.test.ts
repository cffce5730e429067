import { describe, expect, it } from 'vitest';
import type { Inline, KeptFormat } from './inline.js';
import { escapeMarkdownText, renderInlineLines } from './markdown-inline.js';

const text = (value: string, ...formats: KeptFormat[]): Inline => ({
  kind: 'text',
  text: value,
  formats: new Set(formats),
});

describe('renderInlineLines', () => {
  it('keeps spaces at the edges of a formatted run outside its delimiters', () => {
    expect(renderInlineLines([text('a'), text(' bold ', 'bold'), text('b')])).toEqual(['a **bold** b']);
    expect(renderInlineLines([text('   ', 'italic')])).toEqual(['&#32;&#32;&#32;']);
  });

  it('nests formats in a fixed order with code innermost', () => {
    expect(renderInlineLines([text('x', 'code', 'bold', 'italic', 'underline')])).toEqual(['***<u>`x`</u>***']);
    expect(renderInlineLines([text('2', 'superscript'), text('n', 'subscript')])).toEqual(['<sup>2</sup><sub>n</sub>']);
  });

  it('fences code that contains backticks with a longer run', () => {
    expect(renderInlineLines([text('a `b` c', 'code')])).toEqual(['``a `b` c``']);
    expect(renderInlineLines([text('`x', 'code')])).toEqual(['`` `x ``']);
  });

  it('makes hard breaks and escapes block markers at the start of every line', () => {
    expect(renderInlineLines([text('a'), { kind: 'break' }, text('- b'), { kind: 'break' }, text('12) c')])).toEqual([
      'a\\',
      '\\- b\\',
      '12\\) c',
    ]);
    expect(renderInlineLines([text('    indented')])).toEqual(['&#32;&#32;&#32;&#32;indented']);
    expect(renderInlineLines([text('===')])).toEqual(['\\===']);
  });

  it('renders links with encoded destinations and drops unsafe ones to their text', () => {
    expect(
      renderInlineLines([{ kind: 'link', href: 'https://example.org/a(b)?q=1&r=2', children: [text('see [this]')] }]),
    ).toEqual(['[see \\[this\\]](https://example.org/a%28b%29?q=1\\&r=2)']);
    expect(renderInlineLines([{ kind: 'link', href: null, children: [text('plain')] }])).toEqual(['plain']);
  });
});

describe('escapeMarkdownText', () => {
  it('escapes characters that start inline markup', () => {
    expect(escapeMarkdownText('a*b_c[d]e<f>g&h~i|j`k\\l')).toBe('a\\*b\\_c\\[d\\]e\\<f\\>g\\&h\\~i\\|j\\`k\\\\l');
  });
});
