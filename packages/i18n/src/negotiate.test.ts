import { describe, expect, it } from 'vitest';
import { localeFromHeader, matchLocale, negotiateLocale, parseAcceptLanguage } from './negotiate.js';

describe('negotiateLocale', () => {
  it('takes the first preference that is one of the six, by primary language', () => {
    expect(negotiateLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(negotiateLocale(['zh-TW'])).toBe('zh');
    expect(negotiateLocale(['AR_eg'])).toBe('ar');
  });
  it('matches none of the six as undefined, where negotiating falls back to English', () => {
    expect(matchLocale(['de', 'pt-BR'])).toBeUndefined();
    expect(matchLocale(['pt', 'ru-UA'])).toBe('ru');
  });
  it('falls back to English', () => {
    expect(negotiateLocale(['de', 'pt-BR'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});

describe('parseAcceptLanguage', () => {
  it('orders by q, then by position, and drops q=0, * and junk', () => {
    expect(parseAcceptLanguage('en;q=0.5, ru, *;q=0.1, es;q=0, <script>, fr;q=0.8')).toEqual(['ru', 'fr', 'en']);
  });
  it('reads a header browsers send', () => {
    expect(localeFromHeader('es-419,es;q=0.9,en;q=0.8')).toBe('es');
    expect(localeFromHeader(undefined)).toBe('en');
  });
  it('looks at no more than 32 entries of a hostile header', () => {
    expect(parseAcceptLanguage(`${'xx,'.repeat(5000)}fr`)).toHaveLength(32);
  });
});
