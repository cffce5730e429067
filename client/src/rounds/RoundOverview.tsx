/** The round at a glance: state, times, public link, and closing it now (coordinators, with a confirmation). */
import type { Round } from '@accord/schema';
import { CopyField } from '../components/CopyField.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { paths } from '../router.js';
import { closeRound } from './api.js';
import { MODERATION_LABELS, participationSummary } from './labels.js';
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
  const close = useSubmit(async () => onChanged(await closeRound(round.id)));
  const confirmClose = () => {
    if (window.confirm(`Close “${round.title}” now? No one can comment or react once it is closed.`)) void close.run();
  };

  return (
    <section className="round-section" aria-labelledby="round-overview">
      <h2 id="round-overview">
        Overview <StateBadge state={round.state} />
      </h2>
      <RoundTimes round={round} />
      <p className="round-meta">
        {participationSummary(round.participation, round.organisations)}. {MODERATION_LABELS[round.moderation]}.
      </p>
      <CopyField label="Public page" value={publicUrl(paths.consult(round.id))} />
      {canManage && round.state !== 'closed' && (
        <p>
          <button type="button" className="btn btn-danger" onClick={confirmClose} disabled={close.busy}>
            {close.busy ? 'Closing…' : 'Close the round now'}
          </button>
        </p>
      )}
      <FormError problem={close.problem} />
    </section>
  );
}
