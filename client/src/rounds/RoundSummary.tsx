/** One round in the document's list: title, version, state, times, rules, its pages. */
import type { Round } from '@accord/schema';
import { FormattedMessage } from 'react-intl';
import { CopyField } from '../components/CopyField.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { isolate, roundRules } from './labels.js';
import { publicUrl, RoundTimes, StateBadge } from './RoundTimes.js';

/** `versionName` is null when the version is not in the list (it reads "a saved version" then). */
export function RoundSummary({ round, versionName }: { round: Round; versionName: string | null }) {
  const t = useT();
  const { list } = useFormat();
  return (
    <li className="round-summary">
      <h2>
        <Link href={paths.round(round.documentId, round.id)}>
          <bdi>{round.title}</bdi>
        </Link>{' '}
        <StateBadge state={round.state} />
      </h2>
      <p className="round-meta">
        {versionName === null ? (
          t('rounds.summary.onUnknownVersion')
        ) : (
          <FormattedMessage id="rounds.summary.onVersion" values={{ name: <bdi key="name">{versionName}</bdi> }} />
        )}
      </p>
      <RoundTimes round={round} />
      <p className="round-meta">{roundRules(round, t, list)}</p>
      <CopyField
        label={t('rounds.summary.publicPage', { title: isolate(round.title) })}
        value={publicUrl(paths.consult(round.id))}
      />
    </li>
  );
}
