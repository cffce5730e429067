/**
 * A round's state is never stored: it follows from its times and the server clock, so a
 * round opens and closes on time without a scheduler, and no client clock is ever asked.
 */
import type { RoundState } from '@accord/schema';

/** The times a round's state depends on (ISO UTC strings). */
export interface RoundTimes {
  opensAt: string;
  closesAt: string;
  /** Set when a coordinator closed the round early. */
  closedAt?: string | null | undefined;
}

/** When the round stops (or stopped) taking input: its closing time, or an earlier close. */
export function effectiveClose(times: RoundTimes): number {
  const closes = Date.parse(times.closesAt);
  return times.closedAt ? Math.min(closes, Date.parse(times.closedAt)) : closes;
}

/** The round's state at `now` by the server's clock. */
export function roundState(times: RoundTimes, now: Date): RoundState {
  const t = now.getTime();
  if (t >= effectiveClose(times)) return 'closed';
  return t < Date.parse(times.opensAt) ? 'scheduled' : 'open';
}

/**
 * Whether a new round over [opensAt, closesAt) would clash with an existing one: a document
 * has one round taking input at a time, so an open round, or a scheduled one whose window
 * overlaps, blocks it. Closed rounds never block.
 */
export function clashes(existing: RoundTimes, candidate: { opensAt: string; closesAt: string }, now: Date): boolean {
  if (roundState(existing, now) === 'closed') return false;
  return (
    Date.parse(candidate.opensAt) < effectiveClose(existing) &&
    Date.parse(existing.opensAt) < Date.parse(candidate.closesAt)
  );
}
