/**
 * The paragraph panel's history: every recorded status change, proposal and position on the
 * paragraph, newest first, from `GET …/paragraphs/:blockId/history`. Refetched when the live
 * view of the paragraph changes (a new status, proposal or position), so it never lags the
 * rest of the panel. Renders nothing while there is nothing recorded.
 */
import type { ParagraphConsensus, ParagraphHistory as History, PersonShown } from '@accord/schema';
import { useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { Time } from '../i18n/Time.js';
import { type T, useT } from '../i18n/useT.js';
import { useAsync } from '../useAsync.js';
import { getParagraphHistory } from './api.js';
import { Byline } from './Byline.js';
import { positionName, statusName } from './labels.js';
import type { ConsensusRoom } from './room.js';

/** One line of the history: who, what they did, when, and their note. */
interface Line {
  key: string;
  at: string;
  who: PersonShown;
  group: string;
  /** What they did, worded by {@link LineText}. */
  did:
    | { kind: 'proposed' | 'reconfirmed'; to: History['statusChanges'][number]['to'] }
    | { kind: 'set'; to: History['statusChanges'][number]['to']; from: History['statusChanges'][number]['from'] }
    | { kind: 'position'; position: History['positions'][number]['position'] };
  note: string;
}

/** Status changes, proposals and positions as one list, newest first. */
export function historyLines(history: History, groupName: (id: string) => string): Line[] {
  const lines: Line[] = [
    ...history.statusChanges.map(
      (c): Line => ({
        key: `s${c.seq}`,
        at: c.at,
        who: c.actor,
        group: groupName(c.actor.stakeholderGroup),
        did:
          c.kind === 'proposed'
            ? { kind: 'proposed', to: c.to }
            : c.from === c.to
              ? { kind: 'reconfirmed', to: c.to }
              : { kind: 'set', to: c.to, from: c.from },
        note: c.note,
      }),
    ),
    ...history.positions.map(
      (p, i): Line => ({
        key: `p${i}`,
        at: p.at,
        who: p.person,
        group: groupName(p.stakeholderGroup),
        did: { kind: 'position', position: p.position },
        note: p.reason,
      }),
    ),
  ];
  return lines.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** "Mei Tanaka (Civil society) set Agreed (was Contested)", the person isolated. */
function LineText({ line, t }: { line: Line; t: T }) {
  const byline = <Byline key="by" person={line.who} group={line.group} />;
  const { did } = line;
  if (did.kind === 'position')
    return (
      <FormattedMessage id="consensus.history.position" values={{ byline, position: positionName(did.position, t) }} />
    );
  if (did.kind === 'set')
    return (
      <FormattedMessage
        id="consensus.history.set"
        values={{ byline, status: statusName(did.to, t), from: statusName(did.from, t) }}
      />
    );
  return (
    <FormattedMessage
      id={did.kind === 'proposed' ? 'consensus.history.proposed' : 'consensus.history.reconfirmed'}
      values={{ byline, status: statusName(did.to, t) }}
    />
  );
}

export function ParagraphHistory({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
  const t = useT();
  // What the live view knows changed: when it moves, the recorded history has moved too.
  const version = [
    paragraph.statusSetAt,
    paragraph.proposals.map((p) => p.seq).join(','),
    paragraph.positions.map((p) => p.at).join(','),
  ].join('|');
  const history = useAsync(
    (signal) => getParagraphHistory(room.documentId, paragraph.blockId, signal),
    [room.documentId, paragraph.blockId, version],
  );
  // The last answer stays on screen while the next one loads, so the list does not blink.
  const last = useRef<History | null>(null);
  if (history.status === 'done') last.current = history.value;
  if (history.status === 'error')
    return (
      <section className="cs-section" aria-labelledby="cs-history-h">
        <h3 id="cs-history-h">{t('consensus.history.heading')}</h3>
        <p className="cs-muted">{t('consensus.history.failed', { reason: history.error.message })}</p>
      </section>
    );
  if (!last.current) return null;
  const lines = historyLines(last.current, room.groupName);
  if (lines.length === 0) return null;
  return (
    <section className="cs-section" aria-labelledby="cs-history-h">
      <h3 id="cs-history-h">{t('consensus.history.heading')}</h3>
      <ol className="cs-history">
        {lines.map((line) => (
          <li key={line.key}>
            <span>
              <LineText line={line} t={t} />
            </span>
            {line.note && (
              <span className="cs-muted">
                {' '}
                <FormattedMessage id="consensus.note" values={{ note: <bdi key="note">{line.note}</bdi> }} />
              </span>
            )}{' '}
            <Time className="cs-when" value={line.at} />
          </li>
        ))}
      </ol>
    </section>
  );
}
