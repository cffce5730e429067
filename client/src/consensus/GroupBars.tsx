/**
 * How each stakeholder group stands on a paragraph: a stacked bar of its positions (support,
 * with reservation, oppose, abstain — each segment titled with its count) and the group's
 * agreement factor, then the paragraph's consensus score.
 */
import type { GroupAggregate } from '@accord/schema';
import { formatScore } from './labels.js';

const SEGMENTS = [
  { key: 'support', label: 'support', className: 'seg-support' },
  { key: 'supportWithReservation', label: 'with reservation', className: 'seg-reserve' },
  { key: 'oppose', label: 'oppose', className: 'seg-oppose' },
  { key: 'abstain', label: 'abstain', className: 'seg-abstain' },
] as const;

/** "2 support, 1 oppose": a group's counts in words, zeros left out. */
export function countsInWords(group: GroupAggregate): string {
  const parts = SEGMENTS.filter((s) => group[s.key] > 0).map((s) => `${group[s.key]} ${s.label}`);
  return parts.length ? parts.join(', ') : 'no positions';
}

export function GroupBars({ groups, score }: { groups: readonly GroupAggregate[]; score: number | null }) {
  return (
    <div className="group-bars">
      {groups.length === 0 ? (
        <p className="cs-muted">No positions recorded yet.</p>
      ) : (
        <ul>
          {groups.map((group) => {
            const total = group.support + group.supportWithReservation + group.oppose + group.abstain;
            return (
              <li key={group.stakeholderGroup}>
                <span className="group-name">{group.name}</span>
                <span className="group-bar" role="img" aria-label={`${group.name}: ${countsInWords(group)}`}>
                  {SEGMENTS.map((s) =>
                    group[s.key] > 0 ? (
                      <span
                        key={s.key}
                        className={s.className}
                        style={{ flexGrow: group[s.key] / Math.max(total, 1) }}
                        title={`${group[s.key]} ${s.label}`}
                      />
                    ) : null,
                  )}
                </span>
                <span className="group-agreement" title="(supporters + 1) / (respondents + 2)">
                  {group.respondents > 0 ? group.agreement.toFixed(2) : '—'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="score-line">
        Consensus score <strong>{formatScore(score)}</strong>
        <span className="cs-muted">
          {' '}
          — the product of every stakeholder group's agreement (a group that has not spoken counts as one half);
          agreement across groups counts more than a majority of people.
        </span>
      </p>
    </div>
  );
}
