/**
 * Who is in the document: up to four avatars, with a ring on those whose editor has focus, and
 * "+K" for the rest (their names in its title). Nothing else: a caption beside the avatars
 * ("1 other" next to two faces) only confused, and the header's room goes to the breadcrumbs.
 * The list is also readable as text (visually hidden names) for screen readers and tests.
 */
import type { Participant } from '../collab/usePresence.js';
import { Avatar } from './Avatar.js';

const SHOWN = 4;

export function PresenceList({ participants }: { participants: Participant[] }) {
  const shown = participants.slice(0, SHOWN);
  const hidden = participants.length - shown.length;
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
    </div>
  );
}
