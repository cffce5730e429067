/** The round at a glance: state, times, public link, and closing it now (coordinators, with a confirmation). */
import type { Round } from '@accord/schema';
import { CopyField } from '../components/CopyField.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { paths } from '../router.js';
import { closeRound } from './api.js';
import { isolate, roundRules } from './labels.js';
import { publicUrl, RoundTimes, StateBadge } from './RoundTimes.js';

export function RoundOverview({
  round,
  canManage,
  onChanged,
}: {
  round: Round;
  canManage: boolean;
  onChanged: (round: Round) => void;
}) {
  const t = useT();
  const { list } = useFormat();
  const close = useSubmit(async () => onChanged(await closeRound(round.id)));
  const confirmClose = () => {
    if (window.confirm(t('rounds.overview.confirmClose', { title: isolate(round.title) }))) void close.run();
  };

  return (
    <section className="round-section" aria-labelledby="round-overview">
      <h2 id="round-overview">
        {t('rounds.overview.title')} <StateBadge state={round.state} />
      </h2>
      <RoundTimes round={round} />
      <p className="round-meta">{roundRules(round, t, list)}</p>
      <CopyField label={t('rounds.overview.publicPage')} value={publicUrl(paths.consult(round.id))} />
      {canManage && round.state !== 'closed' && (
        <p>
          <button type="button" className="btn btn-danger" onClick={confirmClose} disabled={close.busy}>
            {close.busy ? t('rounds.overview.closing') : t('rounds.overview.close')}
          </button>
        </p>
      )}
      <FormError problem={close.problem} />
    </section>
  );
}
