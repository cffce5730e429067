import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { withUtc } from './when.js';

const intlIn = (locale: 'en' | 'fr' | 'zh') => createIntl({ locale, messages: catalogs[locale] });

describe('a deadline in the viewer’s zone with UTC beside it', () => {
  it('names the viewer’s zone, and gives UTC’s time alone on the same day', () => {
    expect(withUtc(intlIn('en'), '2026-12-10T12:05:00Z', 'America/Sao_Paulo')).toBe(
      'Dec 10, 2026, 09:05 AM GMT-3 (12:05 PM UTC)',
    );
    expect(withUtc(intlIn('fr'), '2026-12-10T12:05:00Z', 'Europe/Paris')).toBe(
      '10 déc. 2026, 13:05 UTC+1 (soit 12:05 UTC)',
    );
  });

  it('gives UTC’s date too when it is another day there, in the language’s punctuation', () => {
    expect(withUtc(intlIn('zh'), '2026-12-10T20:00:00Z', 'Asia/Shanghai')).toBe(
      '2026年12月11日 GMT+8 04:00（2026年12月10日 UTC 20:00）',
    );
  });

  it('says it once where the viewer is on UTC, and nothing for an unreadable time', () => {
    expect(withUtc(intlIn('en'), '2026-12-10T12:05:00Z', 'UTC')).toBe('Dec 10, 2026, 12:05 PM UTC');
    expect(withUtc(intlIn('en'), 'soon', 'UTC')).toBe('');
  });
});
