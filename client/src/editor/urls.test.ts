import { describe, expect, it } from 'vitest';
import { normaliseUrl, validateUrl } from './urls.js';

describe('link addresses', () => {
  it('completes bare domains and keeps web, mail and phone links', () => {
    expect(normaliseUrl(' intgovforum.org/mag ')).toBe('https://intgovforum.org/mag');
    expect(normaliseUrl('http://example.org')).toBe('http://example.org');
    expect(normaliseUrl('mailto:mag@example.org')).toBe('mailto:mag@example.org');
    expect(normaliseUrl('')).toBe('');
  });

  it('refuses script and data URLs', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(normaliseUrl('data:text/html,<script>')).toBeNull();
    expect(validateUrl('javascript:alert(1)')).toBe(false);
    expect(validateUrl('https://example.org')).toBe(true);
  });
});
