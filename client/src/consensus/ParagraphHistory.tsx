/**
 * The paragraph panel's history: every recorded status change, proposal and position on the
 * paragraph, newest first, from `GET …/paragraphs/:blockId/history`. Refetched when the live
 * view of the paragraph changes (a new status, proposal or position), so it never lags the
 * rest of the panel. Renders nothing while there is nothing recorded.
 */
import type { ParagraphConsensus, ParagraphHistory as History } from '@accord/schema';
import { useRef } from 'react';
import { relativeTime } from '../time.js';
import { useAsync } from '../useAsync.js';
import { getParagraphHistory } from './api.js';
import { byline, POSITION_LABELS, STATUS_LOOK } from './labels.js';
import type { ConsensusRoom } from './room.js';

interface Line {
  key: string;
  at: string;
  text: string;
  note: string;
}

/** Status changes, proposals and positions as one list, newest first. */
export function historyLines(history: History, groupName: (id: string) => string): Line[] {
  const lines: Line[] = [
    ...history.statusChanges.map((c) => ({
      key: `s${c.seq}`,
      at: c.at,
      text:
        c.kind === 'proposed'
          ? `${byline(c.actor, groupName(c.actor.stakeholderGroup))} proposed ${STATUS_LOOK[c.to].label}`
          : c.from === c.to
            ? `${byline(c.actor, groupName(c.actor.stakeholderGroup))} re-confirmed ${STATUS_LOOK[c.to].label}`
            : `${byline(c.actor, groupName(c.actor.stakeholderGroup))} set ${STATUS_LOOK[c.to].label} (was ${STATUS_LOOK[c.from].label})`,
      note: c.note,
    })),
    ...history.positions.map((p, i) => ({
      key: `p${i}`,
      at: p.at,
      text: `${byline(p.person, groupName(p.stakeholderGroup))}: ${POSITION_LABELS[p.position]}`,
      note: p.reason,
    })),
  ];
  return lines.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export function ParagraphHistory({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
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
        <h3 id="cs-history-h">History</h3>
        <p className="cs-muted">The history cannot be shown: {history.error.message}</p>
      </section>
    );
  if (!last.current) return null;
  const lines = historyLines(last.current, room.groupName);
  if (lines.length === 0) return null;
  return (
    <section className="cs-section" aria-labelledby="cs-history-h">
      <h3 id="cs-history-h">History</h3>
      <ol className="cs-history">
        {lines.map((line) => (
          <li key={line.key}>
            <span>{line.text}</span>
            {line.note && <span className="cs-muted"> — “{line.note}”</span>}
            <time className="cs-when" dateTime={line.at}>
              {relativeTime(line.at)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
