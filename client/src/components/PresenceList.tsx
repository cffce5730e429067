/**
 * Who is in the document: overlapping avatars, with a ring on those whose editor has focus.
 * The list is also readable as text (visually hidden names) for screen readers and tests.
 */
import type { Participant } from '../collab/usePresence.js';
import { Avatar } from './Avatar.js';

const SHOWN = 5;

export function PresenceList({ participants }: { participants: Participant[] }) {
  const shown = participants.slice(0, SHOWN);
  const hidden = participants.length - shown.length;
  const others = participants.filter((p) => !p.self).length;
  return (
    <div
      className="presence"
      aria-label={`${participants.length} ${participants.length === 1 ? 'person' : 'people'} in this document`}
    >
      <ul className="presence-list" aria-label="People in this document">
        {shown.map((p) => {
          const label = `${p.name}${p.self ? ' (you)' : ''}${p.active ? ' · editing' : ''}`;
          return (
            <li key={p.clientId} className="presence-item" data-participant={p.name} data-self={p.self || undefined}>
              <Avatar name={p.name} color={p.color} ring={p.active} label={label} />
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
        {hidden > 0 && (
          <li
            className="presence-item presence-more"
            title={participants
              .slice(SHOWN)
              .map((p) => p.name)
              .join(', ')}
          >
            +{hidden}
          </li>
        )}
      </ul>
      <span className="presence-caption" aria-hidden="true">
        {others === 0 ? 'Only you' : `${others} other${others === 1 ? '' : 's'}`}
      </span>
    </div>
  );
}
