/** A round's state badge and its opening and closing times in the viewer's zone (with UTC beside). */
import type { Round } from '@accord/schema';
import { formatInstant } from '../time-zones.js';
import { STATE_LABELS } from './labels.js';

export function StateBadge({ state }: { state: Round['state'] }) {
  return <span className={`round-state round-state-${state}`}>{STATE_LABELS[state]}</span>;
}

export function RoundTimes({ round }: { round: Round }) {
  return (
    <dl className="round-times">
      <dt>Opens</dt>
      <dd>{formatInstant(round.opensAt)}</dd>
      <dt>Closes</dt>
      <dd>{formatInstant(round.closesAt)}</dd>
      {round.closedAt && (
        <>
          <dt>Closed early</dt>
          <dd>{formatInstant(round.closedAt)}</dd>
        </>
      )}
    </dl>
  );
}

/** The round's public page as an absolute URL, to share outside Accord. */
export const publicUrl = (path: string): string => `${window.location.origin}${path}`;
