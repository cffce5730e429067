/**
 * How each stakeholder group stands on a paragraph: first in words ("Divided — 2 groups in
 * favour, 1 against"), with the consensus score and what it means one click away, then a
 * stacked bar per group (support, with reservation, oppose, abstain — each segment titled
 * with its count).
 */
import type { GroupAggregate } from '@accord/schema';
import { formatScore, SCORE_MEANING, standing } from './labels.js';

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

/** The standing in words, and behind a click the score with what it means. */
export function ScoreInWords({ groups, score }: { groups: readonly GroupAggregate[]; score: number | null }) {
  const s = standing(groups);
  return (
    <div className="score-words" data-tone={s.tone}>
      <p className="score-line">
        <strong>{s.words}</strong>
        {s.tone !== 'none' && <span> — {s.detail}</span>}
      </p>
      {score !== null && (
        <details className="score-meaning">
          <summary>What this means</summary>
          <p>
            Consensus score {formatScore(score)} of 1. {SCORE_MEANING}
          </p>
        </details>
      )}
    </div>
  );
}

export function GroupBars({ groups, score }: { groups: readonly GroupAggregate[]; score: number | null }) {
  return (
    <div className="group-bars">
      <ScoreInWords groups={groups} score={score} />
      {groups.length === 0 ? null : (
        <ul>
          {groups.map((group) => {
            const total = group.support + group.supportWithReservation + group.oppose + group.abstain;
            return (
              <li key={group.stakeholderGroup}>
                <span className="group-name">{group.name}</span>
                <span className="group-bar" aria-hidden="true">
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
                <span className="group-count">{countsInWords(group)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
