/**
 * A frozen paragraph as consulted beside the same paragraph now, the change marked word by word
 * (the server's diff, as in the public page and the versions comparison), its reactions, and its
 * comments to process.
 */
import type { CommentDisposition, ContentBlock, ProcessingParagraph } from '@accord/schema';
import { useT } from '../i18n/useT.js';
import { ChangedText, ChangeLegend } from '../versions/ChangedText.js';
import { BracketAlternatives, FormattedText } from '../versions/FormattedText.js';
import { paragraphNumber } from './labels.js';
import { ProcessedCommentItem } from './ProcessedCommentItem.js';
import { visibleComments } from './processing.js';

export function ProcessingParagraphView({
  paragraph,
  liveParagraphs,
  onlyUnprocessed,
  savedHere,
  onSaved,
}: {
  paragraph: ProcessingParagraph;
  liveParagraphs: readonly ContentBlock[];
  onlyUnprocessed: boolean;
  savedHere: ReadonlySet<string>;
  onSaved: (saved: CommentDisposition) => void;
}) {
  const t = useT();
  const comments = visibleComments(paragraph.comments, onlyUnprocessed, savedHere);
  if (comments.length === 0) return null;
  const { frozen, live, reactions, change } = paragraph;
  const changed = change?.kind === 'changed';
  const number = paragraphNumber(frozen, t);
  const liveNumber = live ? paragraphNumber(live, t) : null;
  return (
    <section
      className="processing-paragraph"
      aria-label={
        number === null
          ? t('rounds.processing.commentsOnUnnumbered')
          : t('rounds.processing.commentsOn', { paragraph: number })
      }
    >
      <div className="processing-sides">
        <div>
          <h4>
            {number === null
              ? t('rounds.processing.asConsultedUnnumbered')
              : t('rounds.processing.asConsulted', { paragraph: number })}
          </h4>
          <p className="processing-text">
            <FormattedText block={frozen} />
          </p>
          <BracketAlternatives block={frozen} className="processing-alternatives" />
        </div>
        <div>
          <h4>
            {liveNumber !== null && liveNumber !== number
              ? t('rounds.processing.nowRenumbered', { paragraph: liveNumber })
              : t('rounds.processing.now')}
          </h4>
          {live && changed ? (
            <>
              <p className="processing-text">
                <ChangedText paragraph={change} />
              </p>
              <ChangeLegend />
            </>
          ) : live ? (
            <p className="processing-text">
              <FormattedText block={live} />
            </p>
          ) : (
            <p className="round-meta">{t('rounds.processing.deleted')}</p>
          )}
        </div>
      </div>
      <p className="round-meta">{t('rounds.reactions.counts', reactions)}</p>
      <ul className="round-comments">
        {comments.map((c) => (
          <ProcessedCommentItem key={c.id} comment={c} liveParagraphs={liveParagraphs} onSaved={onSaved} />
        ))}
      </ul>
    </section>
  );
}
