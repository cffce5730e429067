import { describe, expect, it } from 'vitest';
import {
  defaultRoundWindow,
  describeLocalInput,
  localInputToUtc,
  utcOffsetLabel,
  utcToLocalInput,
  zoneLabel,
  zoneName,
} from './datetime.js';

describe('localInputToUtc', () => {
  it('reads the wall clock in the given zone and answers UTC with Z', () => {
    expect(localInputToUtc('2026-12-01T09:00', 'Africa/Nairobi')).toBe('2026-12-01T06:00:00Z');
    expect(localInputToUtc('2026-12-01T09:00', 'America/New_York')).toBe('2026-12-01T14:00:00Z');
    expect(localInputToUtc('2026-12-01T09:00', 'UTC')).toBe('2026-12-01T09:00:00Z');
  });

  it('uses the offset in force on that date (summer time)', () => {
    expect(localInputToUtc('2026-07-01T09:00', 'Europe/Paris')).toBe('2026-07-01T07:00:00Z');
    expect(localInputToUtc('2026-01-15T09:00', 'Europe/Paris')).toBe('2026-01-15T08:00:00Z');
  });

  it('crosses the date line when the zone is far from UTC', () => {
    expect(localInputToUtc('2026-12-01T05:30', 'Asia/Kolkata')).toBe('2026-12-01T00:00:00Z');
    expect(localInputToUtc('2026-12-01T01:00', 'Pacific/Auckland')).toBe('2026-11-30T12:00:00Z');
  });

  it('keeps a time skipped by the spring change on the earlier offset', () => {
    // 02:30 does not exist in Paris on 29 March 2026; browsers read it as 02:30 CET = 01:30 UTC.
    expect(localInputToUtc('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00Z');
  });

  it('answers null for empty or unreadable values', () => {
    expect(localInputToUtc('', 'UTC')).toBeNull();
    expect(localInputToUtc('tomorrow', 'UTC')).toBeNull();
  });
});

describe('utcToLocalInput', () => {
  it('is the inverse of localInputToUtc', () => {
    expect(utcToLocalInput('2026-12-01T06:00:00Z', 'Africa/Nairobi')).toBe('2026-12-01T09:00');
    expect(utcToLocalInput('2026-07-01T07:00:00Z', 'Europe/Paris')).toBe('2026-07-01T09:00');
    expect(utcToLocalInput('2026-11-30T12:00:00Z', 'Pacific/Auckland')).toBe('2026-12-01T01:00');
    expect(utcToLocalInput('2026-12-01T00:00:00Z', 'UTC')).toBe('2026-12-01T00:00');
  });

  it('answers empty for an unreadable instant', () => {
    expect(utcToLocalInput('nope', 'UTC')).toBe('');
  });
});

describe('the autumn overlap', () => {
  it('takes the earlier of the two instants, as browsers do', () => {
    // 02:30 happens twice in Paris on 25 October 2026: first at +02:00.
    expect(localInputToUtc('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00Z');
  });
});

describe('zoneLabel', () => {
  it('names the zone with the offset in force at that instant', () => {
    expect(zoneLabel('Europe/Zurich', Date.parse('2026-12-01T12:00:00Z'))).toBe('Europe/Zurich (UTC+01:00)');
    expect(zoneLabel('Europe/Zurich', Date.parse('2026-07-01T12:00:00Z'))).toBe('Europe/Zurich (UTC+02:00)');
    expect(zoneLabel('America/St_Johns', Date.parse('2026-12-01T12:00:00Z'))).toBe('America/St_Johns (UTC−03:30)');
    expect(zoneLabel('Asia/Kathmandu', Date.parse('2026-12-01T12:00:00Z'))).toBe('Asia/Kathmandu (UTC+05:45)');
  });

  it('does not repeat UTC', () => {
    expect(zoneLabel('UTC', 0)).toBe('UTC');
    expect(utcOffsetLabel(0, 'Africa/Abidjan')).toBe('UTC');
  });
});

describe('defaultRoundWindow', () => {
  it('opens now to the minute and closes thirty days later in the same zone', () => {
    expect(defaultRoundWindow(Date.parse('2026-12-02T11:45:31Z'), 'Africa/Nairobi')).toEqual({
      opens: '2026-12-02T14:45',
      closes: '2027-01-01T14:45',
    });
  });

  it('keeps the wall-clock time across a summer-time change', () => {
    // 10 March 2026 09:00 in Paris is winter time; thirty days later Paris is on summer time.
    const window = defaultRoundWindow(Date.parse('2026-03-10T08:00:00Z'), 'Europe/Paris');
    expect(window).toEqual({ opens: '2026-03-10T09:00', closes: '2026-04-09T09:00' });
    expect(localInputToUtc(window.closes, 'Europe/Paris')).toBe('2026-04-09T07:00:00Z');
  });
});

describe('describeLocalInput', () => {
  it('reads the typed time back in the locale’s format', () => {
    // Punctuation varies with the ICU version; the words and their order are the locale's.
    expect(describeLocalInput('2026-12-02T14:45', 'Europe/Zurich', 'en-GB')).toMatch(
      /^Wednesday,? 2 December 2026 at 14:45$/,
    );
    expect(describeLocalInput('2026-12-02T14:45', 'Europe/Zurich', 'de-CH')).toMatch(
      /^Mittwoch, 2\. Dezember 2026.*14:45$/,
    );
    expect(describeLocalInput('2026-12-02T14:45', 'Europe/Zurich', 'en-US')).toMatch(
      /^Wednesday, December 2, 2026.*2:45/,
    );
  });

  it('is empty while the value is unreadable', () => {
    expect(describeLocalInput('', 'UTC', 'en-GB')).toBe('');
  });
});

describe('zoneName', () => {
  it('names the zone in the language asked, winter or summer as at that instant', () => {
    const winter = Date.parse('2026-12-01T12:00:00Z');
    const summer = Date.parse('2026-07-01T12:00:00Z');
    expect(zoneName('Europe/Zurich', winter, 'en')).toBe('Central European Standard Time');
    expect(zoneName('Europe/Zurich', summer, 'en')).toBe('Central European Summer Time');
    expect(zoneName('Europe/Zurich', summer, 'fr')).toBe('heure d’été d’Europe centrale');
    expect(zoneName('Africa/Nairobi', winter, 'ar')).toMatch(/أفريقيا/);
    expect(zoneName('Asia/Shanghai', winter, 'zh')).toMatch(/中国/);
  });
});

describe('a time typed in one zone and read back in another language', () => {
  it('goes to UTC by the zone, and back to words in that zone', () => {
    // Typed in Riyadh (UTC+3), read in Arabic: the same wall-clock time, the instant three hours earlier in UTC.
    expect(localInputToUtc('2026-12-02T14:45', 'Asia/Riyadh')).toBe('2026-12-02T11:45:00Z');
    expect(describeLocalInput('2026-12-02T14:45', 'Asia/Riyadh', 'ar')).toMatch(/ديسمبر/);
    expect(describeLocalInput('2026-12-02T14:45', 'Asia/Shanghai', 'zh')).toMatch(/^2026年12月2日星期三 14:45$/);
    expect(utcToLocalInput(localInputToUtc('2026-12-02T14:45', 'America/Sao_Paulo')!, 'America/Sao_Paulo')).toBe(
      '2026-12-02T14:45',
    );
  });
});
