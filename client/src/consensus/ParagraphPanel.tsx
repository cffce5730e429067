/**
 * The paragraph panel: a column of its own at the left edge, under the header, that the text
 * and the comment margin move aside for (never over them). Opened from a paragraph's status
 * marker or proposal mark; closed with its button or Escape. It tells where the paragraph
 * stands — status and pending proposals, how the stakeholder groups lean in words, its
 * brackets and alternatives, its recorded history — and holds the status and position forms.
 * A second tab, "Text history", shows who changed the paragraph's words (client/src/history/).
 */
import type { ParagraphConsensus } from '@accord/schema';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { PanelTabs, tabId, tabPanelId, type PanelView } from '../history/PanelTabs.js';
import { TextHistory } from '../history/TextHistory.js';
import { Time } from '../i18n/Time.js';
import { type T, useT } from '../i18n/useT.js';
import { AlternativeLine } from './alternatives.js';
import { Byline } from './Byline.js';
import { GroupBars } from './GroupBars.js';
import { blockName, POSITION_SELECT, statusName } from './labels.js';
import { ParagraphHistory } from './ParagraphHistory.js';
import { PositionForm } from './PositionForm.js';
import type { ConsensusRoom } from './room.js';
import { StatusForm, StatusGlyph } from './StatusForm.js';

/** The first words of a paragraph, to say which one the panel is about. */
const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140).trimEnd()}…` : text);

function Brackets({ room, paragraph, t }: { room: ConsensusRoom; paragraph: ParagraphConsensus; t: T }) {
  const open = paragraph.brackets.filter((b) => b.state === 'open');
  if (open.length === 0) return null;
  return (
    <section className="cs-section" aria-labelledby="cs-brackets-h">
      <h3 id="cs-brackets-h">{t('consensus.panel.brackets', { count: open.length })}</h3>
      <ul className="cs-brackets">
        {open.map((bracket) => (
          <li key={bracket.id} data-bracket-id={bracket.id}>
            <p className="bracket-quote" dir="auto">
              [{bracket.text}]
            </p>
            {bracket.alternatives.length === 0 ? (
              <p className="cs-muted">{t('consensus.alternative.none')}</p>
            ) : (
              <ol className="bracket-alternatives">
                {bracket.alternatives.map((alt, i) => (
                  <li key={alt.id}>
                    <AlternativeLine alt={alt} index={i} groupName={room.groupName} t={t} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
      <p className="cs-muted">{t('consensus.panel.clickBracket', { resolve: room.may.resolve ? 'yes' : 'no' })}</p>
    </section>
  );
}

export function ParagraphPanel({
  room,
  paragraph,
  onClose,
  children,
}: {
  room: ConsensusRoom;
  paragraph: ParagraphConsensus;
  onClose: () => void;
  /** More about the paragraph at the end of its consensus view (its comments in other languages). */
  children?: ReactNode;
}) {
  const t = useT();
  const status = statusName(paragraph.status, t);
  const name = blockName(paragraph.number === null ? null : (paragraph.label ?? paragraph.number), t);
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
        <button type="button" className="cs-close" aria-label={t('consensus.panel.close')} onClick={onClose}>
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
        {paragraph.text && (
          <p className="cs-excerpt" dir="auto">
            {excerpt(paragraph.text)}
          </p>
        )}
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
              <FormattedMessage
                id="consensus.panel.status"
                values={{ glyph: <StatusGlyph key="glyph" status={paragraph.status} />, status }}
              />
            </h3>
            {paragraph.statusSetBy && paragraph.statusSetAt && (
              <p className="cs-muted">
                <FormattedMessage
                  id="consensus.panel.setBy"
                  values={{
                    byline: (
                      <Byline
                        key="by"
                        person={paragraph.statusSetBy}
                        group={room.groupName(paragraph.statusSetBy.stakeholderGroup)}
                      />
                    ),
                    when: <Time key="when" value={paragraph.statusSetAt} />,
                  }}
                />
              </p>
            )}
            {paragraph.changedSinceAgreed && (
              <p className="cs-changed" role="note">
                {t('consensus.panel.changedSinceAgreed', {
                  status: paragraph.status === 'agreed-ad-ref' ? 'adRef' : 'agreed',
                })}
              </p>
            )}
            {paragraph.proposals.length > 0 && (
              <ul className="cs-proposals" aria-label={t('consensus.panel.proposals')}>
                {paragraph.proposals.map((p) => (
                  <li key={p.seq}>
                    <FormattedMessage
                      id="consensus.panel.proposes"
                      values={{
                        byline: <Byline key="by" person={p.actor} group={room.groupName(p.actor.stakeholderGroup)} />,
                        glyph: <StatusGlyph key="glyph" status={p.to} />,
                        status: statusName(p.to, t),
                      }}
                    />
                    {p.note && (
                      <span className="cs-muted">
                        {' '}
                        <FormattedMessage id="consensus.note" values={{ note: <bdi key="note">{p.note}</bdi> }} />
                      </span>
                    )}{' '}
                    <Time className="cs-when" value={p.at} />
                  </li>
                ))}
              </ul>
            )}
            <StatusForm key={paragraph.blockId} room={room} paragraph={paragraph} />
          </section>
          <section className="cs-section" aria-labelledby="cs-positions-h">
            <h3 id="cs-positions-h">{t('consensus.positions')}</h3>
            <GroupBars groups={paragraph.groups} score={paragraph.score} />
            {reasons.length > 0 && (
              <ul className="cs-reasons" aria-label={t('consensus.panel.reasons')}>
                {reasons.map((p) => (
                  <li key={p.person.id}>
                    <FormattedMessage
                      id="consensus.reason"
                      values={{
                        byline: (
                          <strong key="by">
                            <Byline person={p.person} group={room.groupName(p.stakeholderGroup)} />
                          </strong>
                        ),
                        position: POSITION_SELECT[p.position],
                        reason: <bdi key="reason">{p.reason}</bdi>,
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
            <PositionForm key={paragraph.blockId} room={room} paragraph={paragraph} />
          </section>
          <Brackets room={room} paragraph={paragraph} t={t} />
          <ParagraphHistory key={paragraph.blockId} room={room} paragraph={paragraph} />
          {children}
        </div>
      </div>
    </aside>
  );
}
