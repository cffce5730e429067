/**
 * `<input type="datetime-local">` values are wall-clock times without a zone. Coordinators type
 * them in their own zone; the API wants an instant in UTC. These conversions take the zone as a
 * parameter (an IANA name) so they are tested with a fixed zone, and handle summer time by
 * asking Intl for the zone's offset at that instant rather than assuming one.
 */

const DAY = 86_400_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall clock in `timeZone` at instant `at` (ms), as parts. */
function wallClock(
  at: number,
  timeZone: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour') % 24, mi: get('minute'), s: get('second') };
}

/** How far `timeZone` is ahead of UTC at instant `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(at / 1000) * 1000;
}

/**
 * "2026-12-01T09:00" typed in `timeZone` → "2026-12-01T06:00:00Z" (for Africa/Nairobi); null
 * for an empty or unreadable value. A time skipped by a summer-time change resolves to the
 * same wall time at the offset before the change, as browsers do.
 */
export function localInputToUtc(value: string, timeZone: string): string | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(asUtc)) return null;
  // The zone's offsets a day either side cover any one change: a wall time matching both (the
  // autumn overlap) takes the earlier instant, matching neither (the spring gap) the offset before.
  const before = offsetAt(asUtc - DAY, timeZone);
  const after = offsetAt(asUtc + DAY, timeZone);
  const fits = [before, after].map((o) => asUtc - o).filter((t) => asUtc - offsetAt(t, timeZone) === t);
  const at = fits.length > 0 ? Math.min(...fits) : asUtc - before;
  return new Date(at).toISOString().replace(/\.000Z$/, 'Z');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant (ISO) → the `datetime-local` value in `timeZone`, e.g. to prefill a form; '' when unreadable. */
export function utcToLocalInput(iso: string, timeZone: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const w = wallClock(at, timeZone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** "UTC+01:00", "UTC−03:30", "UTC" for the offset of `timeZone` at instant `at` (ms). */
export function utcOffsetLabel(at: number, timeZone: string): string {
  const minutes = Math.round(offsetAt(at, timeZone) / 60_000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The zone a time is typed in, named: "Europe/Geneva (UTC+01:00)". The offset is the one in
 * force at `at`, so a closing time after the summer change shows the summer offset.
 */
export function zoneLabel(timeZone: string, at: number): string {
  const offset = utcOffsetLabel(at, timeZone);
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' ? offset : `${timeZone} (${offset})`;
}

/**
 * The zone's name in `locale` at instant `at` ("Central European Summer Time", "heure normale
 * d’Europe centrale"), or '' where the locale has no name for it and would only repeat the
 * offset ("GMT+03:00"), which {@link utcOffsetLabel} says anyway.
 */
export function zoneName(timeZone: string, at: number, locale?: string): string {
  const name =
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return /^(GMT|UTC)([+\-−]|$)/.test(name) ? '' : name;
}

/**
 * A new round's window as `datetime-local` values in `timeZone`: opens now (to the minute),
 * closes 30 days later at the same wall-clock time, whatever summer time does meanwhile.
 */
export function defaultRoundWindow(now: number, timeZone: string): { opens: string; closes: string } {
  const opens = utcToLocalInput(new Date(now).toISOString(), timeZone);
  const [date = '', time = ''] = opens.split('T');
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const later = new Date(Date.UTC(y, mo - 1, d + 30));
  const closes = `${pad(later.getUTCFullYear(), 4)}-${pad(later.getUTCMonth() + 1)}-${pad(later.getUTCDate())}T${time}`;
  return { opens, closes };
}

/**
 * A typed time read back in the locale's own words, "Wednesday, 2 December 2026 at 12:45",
 * beside the browser's field (whose format the page cannot choose); '' while unreadable.
 */
export function describeLocalInput(value: string, timeZone: string, locale?: string): string {
  const iso = localInputToUtc(value, timeZone);
  if (iso === null) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(Date.parse(iso));
}
