import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentText } from './CommentText.js';

const render = (text: string, mentionNames?: string[]) =>
  renderToStaticMarkup(createElement(CommentText, { text, mentionNames }));

describe('CommentText', () => {
  it('shows HTML and script as escaped text', () => {
    const html = render('<img src=x onerror=window.__pwned=1> <script>window.__pwned=1</script>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('renders safe links that open apart from the page, and unsafe ones as text', () => {
    const html = render('[ok](https://example.org) [bad](javascript:alert(1))');
    expect(html).toContain('<a href="https://example.org/" target="_blank" rel="noopener noreferrer nofollow">ok</a>');
    expect(html).toContain('[bad](javascript:alert(1))');
    expect(html).not.toContain('href="javascript');
  });

  it('renders emphasis, lists and mentions as elements', () => {
    expect(render('*a* **b**\n- one\n- two', [])).toBe(
      '<div class="comment-text"><p><em>a</em> <strong>b</strong></p><ul><li>one</li><li>two</li></ul></div>',
    );
    expect(render('hi @Mei Tanaka', ['Mei Tanaka'])).toContain('<span class="comment-mention">@Mei Tanaka</span>');
  });
});
