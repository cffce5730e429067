/**
 * The paragraph panel: a column of its own at the left edge, under the header, that the text
 * and the comment margin move aside for (never over them). Opened from a paragraph's status
 * marker or proposal mark; closed with its button or Escape. It tells where the paragraph
 * stands — status and pending proposals, how the stakeholder groups lean in words, its
 * brackets and alternatives, its recorded history — and holds the status and position forms.
 * A second tab, "Text history", shows who changed the paragraph's words (client/src/history/).
 */
import type { ParagraphConsensus } from '@accord/schema';
import { useEffect, useId, useRef, useState } from 'react';
import { PanelTabs, tabId, tabPanelId, type PanelView } from '../history/PanelTabs.js';
import { TextHistory } from '../history/TextHistory.js';
import { relativeTime } from '../time.js';
import { GroupBars } from './GroupBars.js';
import { byline, POSITION_LABELS, STATUS_LOOK } from './labels.js';
import { ParagraphHistory } from './ParagraphHistory.js';
import { PositionForm } from './PositionForm.js';
import type { ConsensusRoom } from './room.js';
import { StatusForm, StatusGlyph } from './StatusForm.js';

/** The first words of a paragraph, to say which one the panel is about. */
const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140).trimEnd()}…` : text);

function Brackets({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
  const open = paragraph.brackets.filter((b) => b.state === 'open');
  if (open.length === 0) return null;
  return (
    <section className="cs-section" aria-labelledby="cs-brackets-h">
      <h3 id="cs-brackets-h">Brackets ({open.length})</h3>
      <ul className="cs-brackets">
        {open.map((bracket) => (
          <li key={bracket.id} data-bracket-id={bracket.id}>
            <p className="bracket-quote">[{bracket.text}]</p>
            {bracket.alternatives.length === 0 ? (
              <p className="cs-muted">No alternatives proposed yet.</p>
            ) : (
              <ol className="bracket-alternatives">
                {bracket.alternatives.map((alt) => (
                  <li key={alt.id}>
                    <strong>{alt.label}:</strong> {alt.text}
                    <span className="cs-muted">
                      {' '}
                      — proposed by {byline(alt.proposedBy, room.groupName(alt.stakeholderGroup))}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
      <p className="cs-muted">
        Click a bracket in the text to propose an alternative{room.may.resolve && ' or resolve it'}.
      </p>
    </section>
  );
}

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
  const name = paragraph.number === null ? 'This block' : `Paragraph ${paragraph.label ?? paragraph.number}`;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening moves focus to the panel's heading (keyboard and screen-reader users land in it);
  // the text stays clickable, so a pointer user just clicks back into it.
  // The page keys the panel by paragraph, so this runs once per paragraph opened.
  useEffect(() => heading.current?.focus(), []);
  const reasons = paragraph.positions.filter((p) => p.reason);
  const [view, setView] = useState<PanelView>('consensus');

  return (
    <aside className="cs-panel cs-side" aria-labelledby={headingId} data-block-id={paragraph.blockId}>
      <header className="cs-panel-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="cs-close" aria-label="Close the paragraph panel" onClick={onClose}>
          ×
        </button>
      </header>
      <PanelTabs idBase={headingId} view={view} onChange={setView} />
      <div
        className="cs-panel-body"
        role="tabpanel"
        id={tabPanelId(headingId)}
        aria-labelledby={tabId(headingId, view)}
      >
        {paragraph.text && <p className="cs-excerpt">{excerpt(paragraph.text)}</p>}
        {view === 'text' && (
          <TextHistory
            documentId={room.documentId}
            blockId={paragraph.blockId}
            text={paragraph.text}
            groupName={room.groupName}
          />
        )}
        <div hidden={view !== 'consensus'}>
          <section className="cs-section" aria-labelledby="cs-status-h">
            <h3 id="cs-status-h">
              Status: <StatusGlyph status={paragraph.status} /> {look.label}
            </h3>
            {paragraph.statusSetBy && paragraph.statusSetAt && (
              <p className="cs-muted">
                Set by {byline(paragraph.statusSetBy, room.groupName(paragraph.statusSetBy.stakeholderGroup))},{' '}
                {relativeTime(paragraph.statusSetAt)}
              </p>
            )}
            {paragraph.changedSinceAgreed && (
              <p className="cs-changed" role="note">
                Changed since agreed: the text was edited after it was marked {look.label.toLowerCase()}.
              </p>
            )}
            {paragraph.proposals.length > 0 && (
              <ul className="cs-proposals" aria-label="Proposals">
                {paragraph.proposals.map((p) => (
                  <li key={p.seq}>
                    {byline(p.actor, room.groupName(p.actor.stakeholderGroup))} proposes <StatusGlyph status={p.to} />{' '}
                    {STATUS_LOOK[p.to].label}
                    {p.note && <span className="cs-muted"> — “{p.note}”</span>}
                    <span className="cs-when"> {relativeTime(p.at)}</span>
                  </li>
                ))}
              </ul>
            )}
            <StatusForm key={paragraph.blockId} room={room} paragraph={paragraph} />
          </section>
          <section className="cs-section" aria-labelledby="cs-positions-h">
            <h3 id="cs-positions-h">Positions</h3>
            <GroupBars groups={paragraph.groups} score={paragraph.score} />
            {reasons.length > 0 && (
              <ul className="cs-reasons" aria-label="Reasons">
                {reasons.map((p) => (
                  <li key={p.person.id}>
                    <strong>{byline(p.person, room.groupName(p.stakeholderGroup))}</strong>,{' '}
                    {POSITION_LABELS[p.position].toLowerCase()}: “{p.reason}”
                  </li>
                ))}
              </ul>
            )}
            <PositionForm key={paragraph.blockId} room={room} paragraph={paragraph} />
          </section>
          <Brackets room={room} paragraph={paragraph} />
          <ParagraphHistory key={paragraph.blockId} room={room} paragraph={paragraph} />
        </div>
      </div>
    </aside>
  );
}
