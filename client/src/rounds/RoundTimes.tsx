/** A round's state badge and its opening and closing times in the viewer's zone and language (with UTC beside). */
import type { Round } from '@accord/schema';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT.js';
import { formatInstant } from '../time-zones.js';
import { STATE_LABELS } from './labels.js';

export function StateBadge({ state }: { state: Round['state'] }) {
  const t = useT();
  return <span className={`round-state round-state-${state}`}>{t(STATE_LABELS[state])}</span>;
}

export function RoundTimes({ round }: { round: Round }) {
  const t = useT();
  const { locale } = useIntl();
  const at = (iso: string) => <time dateTime={iso}>{formatInstant(iso, { locale })}</time>;
  return (
    <dl className="round-times">
      <dt>{t('rounds.times.opens')}</dt>
      <dd>{at(round.opensAt)}</dd>
      <dt>{t('rounds.times.closes')}</dt>
      <dd>{at(round.closesAt)}</dd>
      {round.closedAt && (
        <>
          <dt>{t('rounds.times.closedEarly')}</dt>
          <dd>{at(round.closedAt)}</dd>
        </>
      )}
    </dl>
  );
}

/** The round's public page as an absolute URL, to share outside Accord. */
export const publicUrl = (path: string): string => `${window.location.origin}${path}`;
