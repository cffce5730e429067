/**
 * A round's times for the public page: in the viewer's time zone with the zone's name, and in
 * UTC beside it, since participants in many zones read the same page. The zone and locale are
 * parameters so tests (and anyone curious) can fix them; by default the zone is the browser's
 * and the locale the page's (never the browser's: an Arabic browser reading the English page
 * gets English dates).
 */
import { currentIntl, translate } from './i18n/current.js';

export interface Zone {
  /** An IANA zone such as `Africa/Nairobi`; the viewer's by default. */
  timeZone?: string;
  /** A BCP 47 locale; the page's language by default. */
  locale?: string;
}

const fields: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** The locale asked for, or the page's language. */
const localeOf = (zone: Zone): string => zone.locale ?? currentIntl().locale;

/** The zone times are shown in: the one asked for, or the viewer's. */
export const viewerZone = (zone: Zone = {}): string =>
  zone.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;

const dayIn = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).format(at);
const clockIn = (at: number, timeZone: string) =>
  `${dayIn(at, timeZone)} ${new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).format(at)}`;

/**
 * "1 December 2026 at 12:00 GMT+3 (09:00 UTC)": the UTC date only when it differs from the
 * viewer's, and no UTC copy at all when the viewer's zone is UTC at that moment; '' for an
 * unreadable time.
 */
export function formatInstant(iso: string, zone: Zone = {}): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const timeZone = viewerZone(zone);
  const locale = localeOf(zone);
  const utc = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
  if (clockIn(at, timeZone) === clockIn(at, 'UTC')) return utc(fields);
  const local = new Intl.DateTimeFormat(locale, { ...fields, timeZone }).format(at);
  const sameDay = dayIn(at, timeZone) === dayIn(at, 'UTC');
  const inUtc = utc(sameDay ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : fields);
  return translate('shell.time.withUtc', { local, utc: inUtc });
}

/** "1 December 2026" in the viewer's zone, for dates where the hour does not matter. */
export function formatDate(iso: string, zone: Zone = {}): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  return new Intl.DateTimeFormat(localeOf(zone), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: viewerZone(zone),
  }).format(at);
}
