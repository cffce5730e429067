/**
 * The frozen version as the public reads it, with the participant's controls when the round
 * takes input: reactions and comments per paragraph, a comment on a selected passage, and
 * general comments. Only one comment is written at a time.
 */
import type { MessageKey } from '@accord/i18n';
import type { ContentBlock, PublicComment, PublicCommentAnchor } from '@accord/schema';
import { useCallback, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.js';
import type { PostedComment } from './api.js';
import { CommentForm } from './CommentForm.js';
import { CommentList } from './CommentList.js';
import { groupComments, type Reaction, type ReactionCounts } from './comments.js';
import { ConsultParagraph } from './ConsultParagraph.js';
import { usePassageSelection } from './usePassageSelection.js';
import { listMarkers } from '../versions/runs.js';

export interface ConsultTextProps {
  roundId: string;
  paragraphs: readonly ContentBlock[];
  comments: readonly PublicComment[];
  counts: Record<string, ReactionCounts>;
  showCounts: boolean;
  /** The participant's own reactions; null when they cannot take part now (not registered, round not open). */
  mine: Record<string, Reaction> | null;
  onReact: (blockId: string, reaction: Reaction | null) => Promise<void>;
  /** A comment was published at once: the list should be fetched again. */
  onPublished: () => Promise<void>;
}

const GENERAL = '\u0000general';
const NO_COUNTS: ReactionCounts = { agree: 0, disagree: 0 };

/** What the page says once a comment is sent, by what the server did with it. */
const POSTED: Readonly<Record<PostedComment['status'], MessageKey>> = {
  pending: 'rounds.comment.pending',
  published: 'rounds.comment.published',
  'awaiting-confirmation': 'rounds.comment.held',
};

export function ConsultText({
  roundId,
  paragraphs,
  comments,
  counts,
  showCounts,
  mine,
  onReact,
  onPublished,
}: ConsultTextProps) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const writable = mine !== null;
  const [composing, setComposing] = useState<{ blockId: string; anchor: PublicCommentAnchor } | null>(null);
  const [notices, setNotices] = useState<Record<string, MessageKey>>({});
  const grouped = useMemo(() => groupComments(comments), [comments]);
  const texts = useMemo(
    () => new Map(paragraphs.filter((p) => p.number !== null).map((p) => [p.id, p.text])),
    [paragraphs],
  );
  const textOf = useCallback((id: string) => texts.get(id), [texts]);
  const markers = useMemo(() => listMarkers(paragraphs), [paragraphs]);
  const passage = usePassageSelection(root, textOf, writable);

  const posted = (key: string) => (status: PostedComment['status']) => {
    setComposing(null);
    setNotices((n) => ({ ...n, [key]: POSTED[status] }));
    if (status === 'published') void onPublished().catch(() => {});
  };

  const compose = (blockId: string, anchor: PublicCommentAnchor | null) => {
    setComposing(anchor ? { blockId, anchor } : null);
    setNotices(({ [blockId]: _, ...rest }) => rest);
  };

  const commentOnPassage = () => {
    if (!passage) return;
    compose(passage.blockId, passage);
    document.getSelection()?.removeAllRanges();
  };

  return (
    <>
      <section className="consult-document" aria-labelledby="consult-text-title">
        <h2 id="consult-text-title" className="consult-section-title">
          {t('rounds.consult.textTitle')}
        </h2>
        {writable && <p className="consult-hint">{t('rounds.consult.selectHint')}</p>}
        <div ref={root} className="consult-paper">
          {paragraphs.map((block, i) => (
            <ConsultParagraph
              key={`${block.id}-${i}`}
              roundId={roundId}
              block={block}
              comments={grouped.byBlock.get(block.id) ?? []}
              counts={counts[block.id] ?? NO_COUNTS}
              showCounts={showCounts}
              mine={mine === null ? null : mine[block.id]}
              composing={composing?.blockId === block.id ? composing.anchor : null}
              notice={notices[block.id] ? t(notices[block.id]!) : null}
              onCompose={(anchor) => compose(block.id, anchor)}
              onPosted={posted(block.id)}
              onReact={(reaction) => onReact(block.id, reaction)}
              marker={markers[i] ?? null}
            />
          ))}
        </div>
      </section>
      {(writable || grouped.general.length > 0) && (
        <section className="consult-general" aria-labelledby="consult-general-title">
          <h2 id="consult-general-title" className="consult-section-title">
            {t('rounds.consult.generalTitle')}
          </h2>
          {grouped.general.length === 0 && <p className="consult-hint">{t('rounds.consult.noGeneral')}</p>}
          <CommentList comments={grouped.general} label={t('rounds.consult.generalTitle')} />
          {writable && (
            <CommentForm
              roundId={roundId}
              anchor={{ kind: 'general' }}
              label={t('rounds.consult.yourGeneralComment')}
              onPosted={posted(GENERAL)}
            />
          )}
          <p className="consult-notice" role="status">
            {notices[GENERAL] && t(notices[GENERAL])}
          </p>
        </section>
      )}
      {passage && (
        <div className="consult-passage-bar" role="region" aria-label={t('rounds.consult.selectedPassage')}>
          <p className="consult-passage-quote">
            <FormattedMessage id="rounds.consult.quote" values={{ quote: <bdi key="quote">{passage.quote}</bdi> }} />
          </p>
          <button
            type="button"
            className="btn btn-primary consult-tap"
            // Keep the selection while the button is pressed: it is what the comment is about.
            onMouseDown={(e) => e.preventDefault()}
            onClick={commentOnPassage}
          >
            {t('rounds.consult.commentOnPassage')}
          </button>
        </div>
      )}
    </>
  );
}
