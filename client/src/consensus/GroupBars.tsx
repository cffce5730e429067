/**
 * How each stakeholder group stands on a paragraph: first in words ("Divided — 2 groups in
 * favour, 1 against"), with the consensus score and what it means one click away, then a
 * stacked bar per group (support, with reservation, oppose, abstain — each segment titled
 * with its count).
 */
import type { MessageKey } from '@accord/i18n';
import type { GroupAggregate } from '@accord/schema';
import { FormattedMessage } from 'react-intl';
import { translate } from '../i18n/current.js';
import { type T, useT } from '../i18n/useT.js';
import { formatScore, joinParts, standing } from './labels.js';

const SEGMENTS: ReadonlyArray<{
  key: 'support' | 'supportWithReservation' | 'oppose' | 'abstain';
  words: MessageKey;
  className: string;
}> = [
  { key: 'support', words: 'consensus.counts.support', className: 'seg-support' },
  { key: 'supportWithReservation', words: 'consensus.counts.reservation', className: 'seg-reserve' },
  { key: 'oppose', words: 'consensus.counts.oppose', className: 'seg-oppose' },
  { key: 'abstain', words: 'consensus.counts.abstain', className: 'seg-abstain' },
];

/** "2 support, 1 oppose": a group's counts in words, zeros left out. */
export function countsInWords(group: GroupAggregate, t: T = translate): string {
  const parts = SEGMENTS.filter((s) => group[s.key] > 0).map((s) => t(s.words, { count: group[s.key] }));
  return parts.length ? joinParts(parts, t) : t('consensus.counts.none');
}

/** The standing in words, and behind a click the score with what it means. */
export function ScoreInWords({ groups, score }: { groups: readonly GroupAggregate[]; score: number | null }) {
  const t = useT();
  const s = standing(groups, t);
  return (
    <div className="score-words" data-tone={s.tone}>
      <p className="score-line">
        {s.tone === 'none' ? (
          <strong>{s.words}</strong>
        ) : (
          <FormattedMessage
            id="consensus.standing.line"
            values={{ words: s.words, detail: s.detail, b: (chunks) => <strong>{chunks}</strong> }}
          />
        )}
      </p>
      {score !== null && (
        <details className="score-meaning">
          <summary>{t('consensus.score.whatItMeans')}</summary>
          <p>
            {t('consensus.score.line', { score: formatScore(score, t) })} {t('consensus.score.meaning')}
          </p>
        </details>
      )}
    </div>
  );
}

export function GroupBars({ groups, score }: { groups: readonly GroupAggregate[]; score: number | null }) {
  const t = useT();
  return (
    <div className="group-bars">
      <ScoreInWords groups={groups} score={score} />
      {groups.length === 0 ? null : (
        <ul>
          {groups.map((group) => {
            const total = group.support + group.supportWithReservation + group.oppose + group.abstain;
            return (
              <li key={group.stakeholderGroup}>
                <bdi className="group-name">{group.name}</bdi>
                <span className="group-bar" aria-hidden="true">
                  {SEGMENTS.map((s) =>
                    group[s.key] > 0 ? (
                      <span
                        key={s.key}
                        className={s.className}
                        style={{ flexGrow: group[s.key] / Math.max(total, 1) }}
                        title={t(s.words, { count: group[s.key] })}
                      />
                    ) : null,
                  )}
                </span>
                <span className="group-count">{countsInWords(group, t)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
