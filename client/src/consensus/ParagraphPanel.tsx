/**
 * The menu a paragraph's status marker opens: where it stands (status, who set it, the
 * "changed since agreed" flag, pending proposals), the status form, the person's position,
 * and how the groups stand with the consensus score.
 */
import type { ParagraphConsensus } from '@accord/schema';
import { relativeTime } from '../time.js';
import { GroupBars } from './GroupBars.js';
import { POSITION_LABELS, STATUS_LOOK } from './labels.js';
import { PositionForm } from './PositionForm.js';
import type { ConsensusRoom } from './room.js';
import { StatusForm, StatusGlyph } from './StatusForm.js';

export function ParagraphPanel({
  room,
  paragraph,
  onClose,
}: {
  room: ConsensusRoom;
  paragraph: ParagraphConsensus;
  onClose: () => void;
}) {
  const look = STATUS_LOOK[paragraph.status];
  const name = paragraph.number === null ? 'This block' : `Paragraph ${paragraph.number}`;
  return (
    <section
      className="cs-panel"
      role="dialog"
      aria-label={`${name}: status and positions`}
      data-block-id={paragraph.blockId}
    >
      <header className="cs-panel-head">
        <h2>
          <StatusGlyph status={paragraph.status} /> {name}: {look.label}
        </h2>
        <button type="button" className="cs-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {paragraph.statusSetBy && paragraph.statusSetAt && (
        <p className="cs-muted">
          Set by {paragraph.statusSetBy.name} ({room.groupName(paragraph.statusSetBy.stakeholderGroup)}),{' '}
          {relativeTime(paragraph.statusSetAt)}
        </p>
      )}
      {paragraph.changedSinceAgreed && (
        <p className="cs-changed" role="note">
          Changed since agreed: the text was edited after it was marked {look.label.toLowerCase()}.
        </p>
      )}
      {paragraph.openBrackets > 0 && (
        <p className="cs-muted">
          {paragraph.openBrackets === 1 ? '1 open bracket' : `${paragraph.openBrackets} open brackets`} — click a
          bracket in the text to see its alternatives.
        </p>
      )}
      {paragraph.proposals.length > 0 && (
        <ul className="cs-proposals" aria-label="Proposals">
          {paragraph.proposals.map((p) => (
            <li key={p.seq}>
              {p.actor.name} proposes <StatusGlyph status={p.to} /> {STATUS_LOOK[p.to].label}
              {p.note && <span className="cs-muted"> — “{p.note}”</span>}
            </li>
          ))}
        </ul>
      )}
      <StatusForm key={paragraph.blockId} room={room} paragraph={paragraph} />
      <h3 className="cs-subhead">Positions</h3>
      <PositionForm room={room} paragraph={paragraph} />
      <GroupBars groups={paragraph.groups} score={paragraph.score} />
      {paragraph.positions.some((p) => p.reason) && (
        <ul className="cs-reasons" aria-label="Reasons">
          {paragraph.positions
            .filter((p) => p.reason)
            .map((p) => (
              <li key={p.person.id}>
                <strong>{p.person.name}</strong> ({room.groupName(p.stakeholderGroup)}),{' '}
                {POSITION_LABELS[p.position].toLowerCase()}: “{p.reason}”
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
