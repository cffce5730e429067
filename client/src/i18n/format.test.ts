import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatWith } from './format.js';

const intlIn = (locale: 'ar' | 'fr' | 'en' | 'zh') => createIntl({ locale, messages: catalogs[locale] });

describe('formatWith', () => {
  it('writes dates in the interface language and names the zone', () => {
    const fr = formatWith(intlIn('fr')).dateTime('2026-12-03T13:05:00Z', { timeZone: 'Europe/Paris' });
    expect(fr).toMatch(/3 déc\. 2026/);
    expect(fr).toMatch(/14:05/);
    expect(fr).toMatch(/UTC\+1|GMT\+1|HNEC/);
    const en = formatWith(intlIn('en')).dateTime('2026-12-03T13:05:00Z', { timeZone: 'Asia/Tokyo' });
    expect(en).toMatch(/Dec.*2026.*10:05 PM GMT\+9/);
  });

  it('is relative for the last week, in the language', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(formatWith(intlIn('fr')).relative('2026-12-03T11:55:00Z', now)).toBe('il y a 5 minutes');
    expect(formatWith(intlIn('zh')).relative('2026-12-03T11:59:50Z', now)).toBe('刚刚');
    expect(formatWith(intlIn('en')).relative('2026-12-02T12:00:00Z', now)).toBe('yesterday');
    expect(formatWith(intlIn('en')).relative('2026-01-01T12:00:00Z', now)).toBe('Jan 1, 2026');
    expect(formatWith(intlIn('en')).relative('not a date', now)).toBe('');
  });

  it('lists and counts with the language’s own words and digits', () => {
    expect(formatWith(intlIn('fr')).list(['Ana', 'Ben', 'Chen'])).toBe('Ana, Ben et Chen');
    expect(formatWith(intlIn('ar')).number(1234)).toMatch(/١٬٢٣٤|1,234/);
  });
});
