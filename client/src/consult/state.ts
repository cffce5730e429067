/**
 * What the page says about where a round stands. The state is the server's (`round.state`,
 * decided by its clock), never worked out from the browser's clock, which may be wrong.
 */
import type { Round } from '@accord/schema';
import { formatInstant, type Zone } from '../time-zones.js';

export interface RoundStatus {
  state: Round['state'];
  /** One sentence for the page's header. */
  message: string;
  /** Registrations, comments and reactions are accepted (and their controls shown). */
  acceptsInput: boolean;
}

/** The header sentence for `round` as the server answered it at `serverTime`. */
export function roundStatus(
  round: Pick<Round, 'state' | 'opensAt' | 'closesAt' | 'closedAt'>,
  serverTime: string,
  zone: Zone = {},
): RoundStatus {
  switch (round.state) {
    case 'scheduled':
      return {
        state: 'scheduled',
        message: `This consultation opens on ${formatInstant(round.opensAt, zone)}.`,
        acceptsInput: false,
      };
    case 'open':
      return { state: 'open', message: `Open until ${formatInstant(round.closesAt, zone)}.`, acceptsInput: true };
    case 'closed':
      // Ended early by its coordinators: the real closing time, not the planned one.
      if (round.closedAt) {
        return {
          state: 'closed',
          message: `This consultation was closed early, on ${formatInstant(round.closedAt, zone)}; comments are no longer accepted.`,
          acceptsInput: false,
        };
      }
      return {
        state: 'closed',
        message: `This consultation closed on ${formatInstant(round.closesAt, zone)}.`,
        acceptsInput: false,
      };
  }
}

/**
 * Milliseconds until the server's clock reaches `iso`, measured from `serverTime` (so a wrong
 * browser clock does not matter); null when it is not ahead. Used to reload the page when a
 * scheduled round opens or an open one closes while someone is reading it.
 */
export function msUntil(iso: string, serverTime: string): number | null {
  const wait = Date.parse(iso) - Date.parse(serverTime);
  return Number.isFinite(wait) && wait > 0 ? wait : null;
}
