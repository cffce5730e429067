/**
 * What the page says about where a round stands. The state is the server's (`round.state`,
 * decided by its clock), never worked out from the browser's clock, which may be wrong.
 */
import type { Round } from '@accord/schema';
import type { T } from '../i18n/useT.js';
import { formatInstant, type Zone } from '../time-zones.js';

export interface RoundStatus {
  state: Round['state'];
  /** One sentence for the page's header. */
  message: string;
  /** Registrations, comments and reactions are accepted (and their controls shown). */
  acceptsInput: boolean;
}

/**
 * The header sentence for `round` as the server answered it at `serverTime`, in the language of
 * `t`; times in the viewer's zone (named) and `zone.locale`, which should be the page's language.
 */
export function roundStatus(
  round: Pick<Round, 'state' | 'opensAt' | 'closesAt' | 'closedAt'>,
  serverTime: string,
  t: T,
  zone: Zone = {},
): RoundStatus {
  switch (round.state) {
    case 'scheduled':
      return {
        state: 'scheduled',
        message: t('rounds.status.opensOn', { time: formatInstant(round.opensAt, zone) }),
        acceptsInput: false,
      };
    case 'open':
      return {
        state: 'open',
        message: t('rounds.status.openUntil', { time: formatInstant(round.closesAt, zone) }),
        acceptsInput: true,
      };
    case 'closed':
      // Ended early by its coordinators: the real closing time, not the planned one.
      return {
        state: 'closed',
        message: round.closedAt
          ? t('rounds.status.closedEarly', { time: formatInstant(round.closedAt, zone) })
          : t('rounds.status.closedOn', { time: formatInstant(round.closesAt, zone) }),
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
