import { describe, expect, it } from 'vitest';
import { parseCommentText, plainCommentText, type Block, type Inline } from './text.js';

const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const text = (t: string): Inline => ({ type: 'text', text: t });

describe('parseCommentText', () => {
  it('keeps HTML and script as literal text', () => {
    const source = '<img src=x onerror=window.__pwned=1> and <script>window.__pwned=1</script>';
    expect(parseCommentText(source)).toEqual([para(text(source))]);
  });

  it('parses emphasis, strong and code', () => {
    expect(parseCommentText('a *b* **c** _d_ __e__ `f *g*`')).toEqual([
      para(
        text('a '),
        { type: 'em', children: [text('b')] },
        text(' '),
        { type: 'strong', children: [text('c')] },
        text(' '),
        { type: 'em', children: [text('d')] },
        text(' '),
        { type: 'strong', children: [text('e')] },
        text(' '),
        { type: 'code', text: 'f *g*' },
      ),
    ]);
  });

  it('nests emphasis inside strong', () => {
    expect(parseCommentText('**very *much* so**')).toEqual([
      para({ type: 'strong', children: [text('very '), { type: 'em', children: [text('much')] }, text(' so')] }),
    ]);
  });

  it('leaves unmatched or spaced delimiters and snake_case alone', () => {
    expect(parseCommentText('2 * 3 * 4, a_b_c, *open')).toEqual([para(text('2 * 3 * 4, a_b_c, *open'))]);
  });

  it('honours backslash escapes', () => {
    expect(parseCommentText('\\*not em\\*')).toEqual([para(text('*not em*'))]);
  });

  it('makes links only of http, https and mailto targets', () => {
    expect(parseCommentText('[site](https://example.org/a?b=1) [mail](mailto:a@example.org)')).toEqual([
      para({ type: 'link', href: 'https://example.org/a?b=1', children: [text('site')] }, text(' '), {
        type: 'link',
        href: 'mailto:a@example.org',
        children: [text('mail')],
      }),
    ]);
    for (const bad of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html,hi)',
      '[x](/relative)',
      '[x]( vbscript:x)',
    ]) {
      const parsed = parseCommentText(bad);
      expect(JSON.stringify(parsed), bad).not.toContain('"link"');
    }
  });

  it('links bare URLs without the sentence punctuation after them', () => {
    expect(parseCommentText('See https://example.org/x.')).toEqual([
      para(
        text('See '),
        { type: 'link', href: 'https://example.org/x', children: [text('https://example.org/x')] },
        text('.'),
      ),
    ]);
    expect(parseCommentText('(https://example.org)')).toEqual([
      para(
        text('('),
        { type: 'link', href: 'https://example.org/', children: [text('https://example.org')] },
        text(')'),
      ),
    ]);
  });

  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(parseCommentText('one\ntwo\n\nthree')).toEqual([
      para(text('one'), { type: 'break' }, text('two')),
      para(text('three')),
    ]);
  });

  it('parses bullet and numbered lists, with continuation lines', () => {
    expect(parseCommentText('Points:\n- first\n- second\n  still second\n\n3. c\n4) d')).toEqual([
      para(text('Points:')),
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[text('first')], [text('second'), { type: 'break' }, text('still second')]],
      },
      { type: 'list', ordered: true, start: 3, items: [[text('c')], [text('d')]] },
    ]);
  });

  it('marks mentions of the names it is given, longest first, at word boundaries', () => {
    const names = ['Mei', 'Mei Tanaka', 'Jonas Berg'];
    expect(parseCommentText('@Mei Tanaka and @Jonas Bergman, mail@Mei', { mentionNames: names })).toEqual([
      para({ type: 'mention', name: 'Mei Tanaka' }, text(' and @Jonas Bergman, mail@Mei')),
    ]);
  });

  it('parses hostile input (unclosed markers by the thousand) without backtracking into a hang', () => {
    // A catastrophic parse would take minutes and trip the test timeout; no figure is asserted here.
    const hostile = '*a '.repeat(4000) + '_'.repeat(2000) + '['.repeat(2000);
    const blocks = parseCommentText(hostile);
    expect(plainCommentText(hostile).length).toBeGreaterThan(0);
    expect(blocks.length).toBeGreaterThan(0);
  });
});

describe('plainCommentText', () => {
  it('drops markup for previews', () => {
    expect(plainCommentText('**Strong** point:\n- one\n- [two](https://x.org)')).toBe('Strong point: one; two');
  });
});
