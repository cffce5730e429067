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
