import { describe, expect, it } from 'vitest';
import { barChart, reportHtml } from './html.js';
import { ordered, SECRETS, sampleInput } from './testing.js';

const html = reportHtml(sampleInput());
const ALLOWED = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'h2',
  'h3',
  'p',
  'strong',
  'section',
  'article',
  'blockquote',
  'q',
  'br',
  'span',
  'svg',
  'text',
  'rect',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ESCAPED = '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;';

describe('reportHtml', () => {
  it('is a standalone page with no script, no external resource and no event handler', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const tags = html.match(/<[^>]*>/g) ?? [];
    const names = new Set(tags.map((t) => /^<\/?([!\w-]+)/.exec(t)![1]!.toLowerCase()));
    expect([...names].filter((n) => !ALLOWED.has(n))).toEqual([]);
    expect(tags.filter((t) => /\s(on\w+|src|href|style)=/i.test(t))).toEqual([]);
    expect(html).toContain(`<title>Comment-response report: Spring consultation ${ESCAPED}</title>`);
  });

  it('escapes every string people typed: names, comments, quotes, responses, paragraphs, titles', () => {
    expect(html).toContain(`<h3>Comment 2: Eve ${ESCAPED} (Private sector, Brazil)</h3>`);
    expect(html).toContain(`<blockquote>General, later: ${ESCAPED}</blockquote>`);
    expect(html).toContain(`<strong>Response:</strong> Response to g-early: ${ESCAPED} *not emphasis*`);
    expect(html).toContain('Alpha one, with &lt;b&gt;markup&lt;/b&gt; typed as text.');
    expect(html).toContain('Framework &lt;on&gt; data');
    expect(html).toContain('On the passage <q>Alpha</q>:');
    expect(html).toContain(`On one: ${ESCAPED}<br># not a heading<br>- not a list`);
  });

  it('lists each comment once in report order, under its paragraph', () => {
    const positions = ordered.map((c) => html.indexOf(`id="comment-${c.id}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html.split('Charlie is too vague.').length - 1).toBe(1);
    const paragraph1 = html.indexOf('<section class="paragraph" data-block-id="p1">');
    expect(paragraph1).toBeGreaterThan(html.indexOf('<h2>General comments</h2>'));
    expect(html.indexOf('id="comment-p1-block-b"')).toBeGreaterThan(paragraph1);
    expect(html).toContain(
      '<p class="decision"><strong>Disposition:</strong> Partly accepted. Changed the text (a paragraph added since the consultation).</p>',
    );
    expect(html).toContain('Revised version: Revised version, published 25 March 2031, 10:00 UTC.');
  });

  it('draws participation by group and by country as SVG bars, with the numbers as tables too', () => {
    const charts = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(2);
    expect(charts[1]).toContain('>Not shown</text>');
    expect(charts[1]).toContain('>Kenya</text>');
    expect(html).toContain('<tr><td>Not shown</td><td class="count">3</td></tr>');
    expect(html).toContain('<tr><td>No disposition yet</td><td class="count">3</td></tr>');
  });

  it('has the agree/disagree table with a total, and each paragraph section its own tally', () => {
    expect(html).toContain(
      '<tr><th scope="row">Paragraph 3</th><td class="count">0</td><td class="count">0</td></tr>\n<tr><th scope="row">All paragraphs</th><td class="count">4</td><td class="count">3</td></tr>',
    );
    const p1 = html.slice(
      html.indexOf('data-block-id="p1"'),
      html.indexOf('<article', html.indexOf('data-block-id="p1"')),
    );
    expect(p1).toContain('<p class="meta tally">4 agree, 1 disagree.</p>');
    expect(html).toContain('<tr><th scope="row">Paragraph 2</th><td class="count">0</td><td class="count">2</td></tr>');
  });

  it('shows a group-only participant as their group alone, in the comments and in the statistics', () => {
    for (const secret of SECRETS) expect(html).not.toContain(secret);
    expect(html).toContain('<h3>Comment 4: Technical community</h3>');
  });
});

describe('barChart', () => {
  it('scales bars to the largest count and escapes labels', () => {
    const svg = barChart([
      { label: 'Big <one>', count: 4 },
      { label: 'Small', count: 1 },
      { label: 'Empty', count: 0 },
    ]);
    expect(svg).toContain('width="360" height="18"');
    expect(svg).toContain('width="90" height="18"');
    expect(svg).toContain('width="0" height="18"');
    expect(svg).toContain('>Big &lt;one&gt;</text>');
  });
});
