/** The top of a round's public page: its title, where it stands by the server's clock, and its introduction. */
import type { Round } from '@accord/schema';
import type { RoundStatus } from './state.js';

export function RoundHeader({ round, status }: { round: Round; status: RoundStatus }) {
  return (
    <header className="consult-header">
      <p className="consult-kicker">Public consultation</p>
      <h1 className="consult-title">{round.title}</h1>
      <p className={`consult-state consult-state-${status.state}`} data-state={status.state}>
        {status.message}
      </p>
      {round.introduction && <div className="consult-intro">{round.introduction}</div>}
    </header>
  );
}
