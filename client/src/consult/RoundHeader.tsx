/** The top of a round's public page: its title, where it stands by the server's clock, and its introduction. */
import type { PublicRoundPage, Round } from '@accord/schema';
import type { RoundStatus } from './state.js';
import { formatDate, type Zone } from '../time-zones.js';

export function RoundHeader({
  round,
  version,
  status,
  zone,
}: {
  round: Round;
  version: PublicRoundPage['version'];
  status: RoundStatus;
  zone?: Zone;
}) {
  return (
    <header className="consult-header">
      <p className="consult-kicker">Public consultation</p>
      <h1 className="consult-title">{round.title}</h1>
      <p className="consult-version">
        On <cite>{version.title}</cite>, as frozen in the version “{version.name}” of{' '}
        {formatDate(version.createdAt, zone)}.
      </p>
      <p className={`consult-state consult-state-${status.state}`} data-state={status.state}>
        {status.message}
      </p>
      {round.introduction && <div className="consult-intro">{round.introduction}</div>}
    </header>
  );
}
