/**
 * A call's deadline for a public page read in many zones: in the viewer's zone and the page's
 * language with the zone named, and in UTC beside it — the UTC date only when it is another day,
 * and no UTC copy at all when the viewer's zone is UTC then.
 */
import type { IntlShape } from 'react-intl';
import { formatWith } from '../i18n/format.js';

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };

/** "10 Dec 2026, 09:05 GMT-3 (12:05 UTC)"; '' for an unreadable time. `timeZone` fixes the viewer's (tests). */
export function withUtc(intl: IntlShape, iso: string, timeZone?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const format = formatWith(intl);
  const local = format.dateTime(at, timeZone ? { timeZone } : {});
  const utcFull = format.dateTime(at, { timeZone: 'UTC' });
  if (local === utcFull) return local;
  const sameDay = intl.formatDate(at, { ...DAY, timeZone }) === intl.formatDate(at, { ...DAY, timeZone: 'UTC' });
  const utc = sameDay
    ? intl.formatDate(at, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: 'UTC' })
    : utcFull;
  return intl.formatMessage({ id: 'compilation.time.withUtc' }, { local, utc });
}
