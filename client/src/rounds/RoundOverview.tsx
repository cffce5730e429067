/** The round at a glance: state, times, public link, and closing it now (coordinators, with a confirmation). */
import { useState } from 'react';
import type { Round } from '@accord/schema';
import { CopyField } from '../components/CopyField.js';
import { describeError } from '../errors.js';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = async () => {
    if (!window.confirm(`Close “${round.title}” now? No one can comment or react once it is closed.`)) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(await closeRound(round.id));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
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
          <button type="button" className="btn btn-danger" onClick={close} disabled={busy}>
            {busy ? 'Closing…' : 'Close the round now'}
          </button>
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
