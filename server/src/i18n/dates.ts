/**
 * Instants in words for people who read the server's sentences (API errors, mails): the
 * reader's language through Intl, always with the time zone named, since a consultation is
 * read from every time zone. The zone is UTC unless the reader's own is known.
 */
import type { Locale } from '@accord/i18n';

const INSTANT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** "1 December 2026, 09:00 UTC" in `locale`'s own words and order; the ISO text itself if unreadable. */
export function formatInstant(locale: Locale, value: string | Date, timeZone = 'UTC'): string {
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(time)) return String(value);
  const key = `${locale} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...INSTANT, timeZone });
    formats.set(key, format);
  }
  return format.format(time);
}
