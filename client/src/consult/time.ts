/**
 * A round's times for the public page: in the viewer's time zone with the zone's name, and in
 * UTC beside it, since participants in many zones read the same page. The zone and locale are
 * parameters so tests (and anyone curious) can fix them; by default they are the browser's.
 */

export interface Zone {
  /** An IANA zone such as `Africa/Nairobi`; the viewer's by default. */
  timeZone?: string;
  /** A BCP 47 locale; the viewer's by default. */
  locale?: string;
}

const fields: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

/** The zone times are shown in: the one asked for, or the viewer's. */
export const viewerZone = (zone: Zone = {}): string => zone.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Whether `timeZone` shows the same wall-clock time as UTC at `at` (then the UTC copy adds nothing). */
function isUtcAt(at: number, timeZone: string): boolean {
  const clock = (tz: string) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).format(at);
  return clock(timeZone) === clock('UTC');
}

/**
 * "1 December 2026 at 12:00 GMT+3 (1 December 2026 at 09:00 UTC)"; just the UTC form when the
 * viewer's zone is UTC at that moment; '' for an unreadable time.
 */
export function formatInstant(iso: string, zone: Zone = {}): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const timeZone = viewerZone(zone);
  const utc = new Intl.DateTimeFormat(zone.locale, { ...fields, timeZone: 'UTC' }).format(at);
  if (isUtcAt(at, timeZone)) return utc;
  return `${new Intl.DateTimeFormat(zone.locale, { ...fields, timeZone }).format(at)} (${utc})`;
}

/** "1 December 2026" in the viewer's zone, for dates where the hour does not matter. */
export function formatDate(iso: string, zone: Zone = {}): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  return new Intl.DateTimeFormat(zone.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: viewerZone(zone) }).format(at);
}
