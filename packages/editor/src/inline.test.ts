import { describe, expect, it } from 'vitest';
import { safeHref } from './inline.js';

describe('safeHref', () => {
  it('keeps absolute http, https and mailto URLs, normalised', () => {
    expect(safeHref('https://www.intgovforum.org/en/content/bpf')).toBe('https://www.intgovforum.org/en/content/bpf');
    expect(safeHref(' HTTP://Example.org ')).toBe('http://example.org/');
    expect(safeHref('mailto:mag@example.org')).toBe('mailto:mag@example.org');
  });

  it('refuses every other scheme however it is spelled, and relative or broken URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/path',
      '//example.org',
      'not a url',
      '',
    ]) {
      expect(safeHref(url), url).toBeNull();
    }
  });
});
