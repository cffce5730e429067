/** The top of a call's public page: its title, where it stands, its deadline in the viewer's zone, its pillars. */
import type { Call } from '@accord/schema';
import { formatInstant, type Zone } from '../time-zones.js';

/** Where the call stands, as one sentence with its time in the viewer's zone. */
export function callStatus(call: Pick<Call, 'state' | 'opensAt' | 'closesAt'>, zone?: Zone): string {
  switch (call.state) {
    case 'scheduled':
      return `Opens for contributions on ${formatInstant(call.opensAt, zone)}.`;
    case 'open':
      return `Open for contributions until ${formatInstant(call.closesAt, zone)}.`;
    case 'closed':
      return `Closed for contributions on ${formatInstant(call.closesAt, zone)}.`;
  }
}

export function CallHeader({ call, zone }: { call: Call; zone?: Zone }) {
  return (
    <header className="consult-header">
      <p className="consult-kicker">Call for contributions</p>
      <h1 className="consult-title">{call.title}</h1>
      <p className={`consult-state consult-state-${call.state}`} data-state={call.state}>
        {callStatus(call, zone)}
      </p>
      {call.introduction && <div className="consult-intro">{call.introduction}</div>}
      <h2 className="consult-section-title">Pillars</h2>
      <ol className="contribute-pillars">
        {call.pillars.map((p) => (
          <li key={p.id}>
            <strong>{p.title}</strong>
            {p.question && <p className="contribute-question">{p.question}</p>}
          </li>
        ))}
      </ol>
    </header>
  );
}
