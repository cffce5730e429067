import { describe, expect, it } from 'vitest';
import { regionalTag } from './I18nProvider.js';

describe('regionalTag', () => {
  it('takes the browser’s region for the page’s language', () => {
    expect(regionalTag('en', ['en-GB', 'fr'])).toBe('en-GB');
    expect(regionalTag('fr', ['en-GB', 'fr-CA'])).toBe('fr-CA');
  });
  it('is the bare language when the browser asks for it in no region, or not at all', () => {
    expect(regionalTag('ar', ['en-US'])).toBe('ar');
    expect(regionalTag('es', ['es', 'es-419'])).toBe('es');
  });
  it('skips a malformed tag', () => {
    expect(regionalTag('en', ['en-!!', 'en-AU'])).toBe('en-AU');
  });
});
