/**
 * One block of the frozen version on the public page. Numbered paragraphs carry the
 * participation controls (agree / disagree, a comment on the paragraph) and their published
 * comments; headings read as headings; other blocks are text only.
 */
import type { ContentBlock, PublicComment, PublicCommentAnchor } from '@accord/schema';
import { createElement } from 'react';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import type { PostedComment } from './api.js';
import { CommentForm } from './CommentForm.js';
import { CommentList } from './CommentList.js';
import type { Reaction, ReactionCounts } from './comments.js';
import { isChanged, NowText, useOutcome } from './outcome.js';
import { ReactionButtons } from './ReactionButtons.js';
import { refusalMessage } from './refusal.js';
import { BracketAlternatives, FormattedText } from '../versions/FormattedText.js';

export interface ConsultParagraphProps {
  roundId: string;
  block: ContentBlock;
  comments: readonly PublicComment[];
  counts: ReactionCounts;
  /** Counts are worth showing (not before the round opens). */
  showCounts: boolean;
  /** The participant's reaction here; null when they cannot take part now. */
  mine: Reaction | undefined | null;
  /** The comment being written on this block, if any. */
  composing: PublicCommentAnchor | null;
  /** What happened to the last comment sent from here. */
  notice: string | null;
  onCompose: (anchor: PublicCommentAnchor | null) => void;
  onPosted: (status: PostedComment['status']) => void;
  onReact: (reaction: Reaction | null) => Promise<void>;
  /** A list item's marker ("•", "2."); null for an item that only carries a nested list. */
  marker?: string | null;
}

/** A document heading under the page's own h1 and h2: the document's h1 becomes h3, and so on. */
function headingLevel(tag: string | undefined): number {
  const level = Number(tag?.replace(/^h/, ''));
  return Math.min(6, (Number.isInteger(level) && level > 0 ? level : 1) + 2);
}

export function ConsultParagraph(props: ConsultParagraphProps) {
  const t = useT();
  const { block } = props;
  if (block.type === 'list' || (block.text.trim() === '' && props.comments.length === 0)) return null;
  if (block.type === 'heading')
    return createElement(
      `h${headingLevel(block.tag)}`,
      { className: 'consult-heading', dir: 'auto' },
      <FormattedText block={block} />,
    );
  if (block.number === null) {
    const depth = block.type === 'listitem' ? (block.list?.depth ?? 0) : 0;
    return (
      <div
        className={`consult-block consult-${block.type}`}
        style={depth > 0 ? { paddingInlineStart: `${depth * 1.5}rem` } : undefined}
      >
        <span className="consult-number" aria-hidden="true">
          {block.type === 'listitem' ? (props.marker ?? '•') : ''}
        </span>
        <div className="consult-body">
          {block.type === 'quote' ? (
            <blockquote className="consult-text" dir="auto">
              <FormattedText block={block} />
            </blockquote>
          ) : (
            <p className="consult-text" dir="auto">
              <FormattedText block={block} />
            </p>
          )}
          <BracketAlternatives block={block} className="consult-alternatives" />
          <CommentList comments={props.comments} label={t('rounds.consult.commentsOnPassage')} />
        </div>
      </div>
    );
  }
  return <NumberedParagraph {...props} number={block.number} />;
}

function NumberedParagraph({
  roundId,
  block,
  number,
  comments,
  counts,
  showCounts,
  mine,
  composing,
  notice,
  onCompose,
  onPosted,
  onReact,
}: ConsultParagraphProps & { number: number }) {
  const t = useT();
  const reacting = useSubmit(onReact, { describe: refusalMessage });
  const changed = isChanged(useOutcome()?.changes.get(block.id));
  // A version saved while numbering was frozen shows its labels ("4bis").
  const about = t('common.paragraph', { number: block.label ?? number });
  const writable = mine !== null;

  const react = (reaction: Reaction | null) => void reacting.run(reaction);

  return (
    <div className="consult-block consult-paragraph" id={`p${number}`}>
      <span className="consult-number">
        <span className="visually-hidden">{t('common.paragraphLong', { number: block.label ?? number })}</span>
        <span aria-hidden="true">{block.label ?? number}</span>
      </span>
      <div className="consult-body">
        {changed && <p className="consult-now-title">{t('rounds.consult.asConsulted')}</p>}
        <p className="consult-text" data-block-id={block.id} dir="auto">
          <FormattedText block={block} />
        </p>
        <BracketAlternatives block={block} className="consult-alternatives" />
        <NowText blockId={block.id} number={number} commented={comments.length > 0} />
        {(writable || showCounts) && (
          <div className="consult-tools">
            <ReactionButtons
              counts={counts}
              mine={mine}
              about={about}
              busy={reacting.busy}
              onReact={writable ? react : undefined}
            />
            {writable && (
              <button
                type="button"
                className="btn consult-tap"
                aria-expanded={composing?.kind === 'block'}
                onClick={() => onCompose(composing?.kind === 'block' ? null : { kind: 'block', blockId: block.id })}
              >
                {t('rounds.consult.commentOn', { paragraph: about })}
              </button>
            )}
          </div>
        )}
        <FormError problem={reacting.problem} />
        {composing && writable && (
          <CommentForm
            key={composing.kind === 'passage' ? `${composing.start}-${composing.end}` : 'block'}
            roundId={roundId}
            anchor={composing}
            label={
              composing.kind === 'passage'
                ? t('rounds.consult.yourCommentOnPassage', { paragraph: about })
                : t('rounds.consult.yourCommentOn', { paragraph: about })
            }
            onPosted={onPosted}
            onCancel={() => onCompose(null)}
          />
        )}
        {/* Always there, so screen readers announce the outcome when it is filled in. */}
        <p className="consult-notice" role="status">
          {notice}
        </p>
        <CommentList comments={comments} label={t('rounds.consult.commentsOn', { paragraph: about })} />
      </div>
    </div>
  );
}
