/**
 * Who is in the document: up to four avatars, with a ring on those whose editor has focus, and
 * "+K" for the rest (their names in its title). Nothing else: a caption beside the avatars
 * ("1 other" next to two faces) only confused, and the header's room goes to the breadcrumbs.
 * The list is also readable as text (visually hidden names) for screen readers and tests.
 */
import type { MessageKey } from '@accord/i18n';
import type { Participant } from '../collab/usePresence.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { Avatar } from './Avatar.js';

const SHOWN = 4;

/** How a participant is named: with "(you)" for oneself and "editing" while their editor has focus. */
const LABELS: Record<'self' | 'other', Record<'active' | 'idle', MessageKey | null>> = {
  self: { active: 'shell.presence.youEditing', idle: 'shell.presence.you' },
  other: { active: 'shell.presence.editing', idle: null },
};

export function PresenceList({ participants }: { participants: Participant[] }) {
  const t = useT();
  const format = useFormat();
  const shown = participants.slice(0, SHOWN);
  const hidden = participants.length - shown.length;
  return (
    <div className="presence" role="group" aria-label={t('shell.presence.count', { count: participants.length })}>
      <ul className="presence-list" aria-label={t('shell.presence.list')}>
        {shown.map((p) => {
          const key = LABELS[p.self ? 'self' : 'other'][p.active ? 'active' : 'idle'];
          const label = key ? t(key, { name: p.name }) : p.name;
          return (
            <li key={p.clientId} className="presence-item" data-participant={p.name} data-self={p.self || undefined}>
              <Avatar name={p.name} color={p.color} ring={p.active} label={label} />
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
        {hidden > 0 && (
          <li className="presence-item presence-more" title={format.list(participants.slice(SHOWN).map((p) => p.name))}>
            {t('shell.presence.more', { count: hidden })}
          </li>
        )}
      </ul>
    </div>
  );
}
