/** One round in the document's list: title, version, state, times, rules, its pages. */
import type { Round } from '@accord/schema';
import { CopyField } from '../components/CopyField.js';
import { Link, paths } from '../router.js';
import { MODERATION_LABELS, participationSummary } from './labels.js';
import { publicUrl, RoundTimes, StateBadge } from './RoundTimes.js';

export function RoundSummary({ round, versionName }: { round: Round; versionName: string }) {
  return (
    <li className="round-summary">
      <h2>
        <Link href={paths.round(round.documentId, round.id)}>{round.title}</Link> <StateBadge state={round.state} />
      </h2>
      <p className="round-meta">On the version “{versionName}”</p>
      <RoundTimes round={round} />
      <p className="round-meta">
        {participationSummary(round.participation, round.organisations)}. {MODERATION_LABELS[round.moderation]}.
      </p>
      <CopyField label={`Public page of “${round.title}”`} value={publicUrl(paths.consult(round.id))} />
    </li>
  );
}
