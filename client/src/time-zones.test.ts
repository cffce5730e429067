import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentIntl } from './i18n/current.js';
import { formatDate, formatInstant } from './time-zones.js';

const speak = (locale: 'en' | 'fr' | 'zh') => setCurrentIntl(createIntl({ locale, messages: catalogs[locale] }));
afterEach(() => speak('en'));

describe('formatInstant', () => {
  it('shows the time in the given zone with its name, then in UTC', () => {
    const text = formatInstant('2026-12-01T09:00:00Z', { timeZone: 'Africa/Nairobi', locale: 'en-GB' });
    // Nairobi is UTC+3 all year.
    expect(text).toMatch(/^1 December 2026.*12:00 .*(GMT\+3|EAT)/);
    // Same day in UTC: only the time is repeated.
    expect(text).toMatch(/ \(09:00 UTC\)$/);
  });

  it('follows the zone across a date line', () => {
    const text = formatInstant('2026-12-01T23:30:00Z', { timeZone: 'Asia/Tokyo', locale: 'en-GB' });
    expect(text).toMatch(/^2 December 2026.*08:30/);
    // Another day in UTC: the date is repeated too.
    expect(text).toMatch(/\(1 December 2026.*23:30 UTC\)$/);
  });

  it('follows daylight saving time', () => {
    expect(formatInstant('2026-07-01T09:00:00Z', { timeZone: 'Europe/Paris', locale: 'en-GB' })).toMatch(
      /^1 July 2026.*11:00 (CEST|GMT\+2)/,
    );
    expect(formatInstant('2026-12-01T09:00:00Z', { timeZone: 'Europe/Paris', locale: 'en-GB' })).toMatch(
      /^1 December 2026.*10:00 (CET|GMT\+1)/,
    );
  });

  it('does not repeat the time for a viewer in UTC', () => {
    expect(formatInstant('2026-12-01T09:00:00Z', { timeZone: 'UTC', locale: 'en-GB' })).toMatch(
      /^1 December 2026.*09:00 UTC$/,
    );
    // London is on UTC in winter, but not in summer.
    expect(formatInstant('2026-12-01T09:00:00Z', { timeZone: 'Europe/London', locale: 'en-GB' })).not.toContain('(');
    expect(formatInstant('2026-07-01T09:00:00Z', { timeZone: 'Europe/London', locale: 'en-GB' })).toContain('(');
  });

  it('gives nothing for an unreadable time', () => {
    expect(formatInstant('soon', { timeZone: 'UTC' })).toBe('');
  });
});

describe('formatDate', () => {
  it('gives the date in the zone', () => {
    expect(formatDate('2026-12-01T23:30:00Z', { timeZone: 'Asia/Tokyo', locale: 'en-GB' })).toBe('2 December 2026');
    expect(formatDate('2026-12-01T23:30:00Z', { timeZone: 'America/New_York', locale: 'en-GB' })).toBe(
      '1 December 2026',
    );
  });
});

describe('in the page’s language', () => {
  it('writes dates in the page’s language, not the browser’s, unless a locale is asked for', () => {
    speak('fr');
    expect(formatDate('2026-12-01T23:30:00Z', { timeZone: 'America/New_York' })).toBe('1 décembre 2026');
    expect(formatInstant('2026-12-01T09:00:00Z', { timeZone: 'Africa/Nairobi' })).toMatch(
      /^1 décembre 2026.*12:00.*\(soit 09:00 UTC\)$/,
    );
    expect(formatDate('2026-12-01T23:30:00Z', { timeZone: 'Asia/Tokyo', locale: 'en-GB' })).toBe('2 December 2026');
    speak('zh');
    expect(formatInstant('2026-12-01T09:00:00Z', { timeZone: 'Africa/Nairobi' })).toMatch(
      /^2026年12月1日.*（UTC 09:00）$/,
    );
  });
});
