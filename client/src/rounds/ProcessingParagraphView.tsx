/**
 * A frozen paragraph as consulted beside the same paragraph now, the change marked word by word
 * (the server's diff, as in the public page and the versions comparison), its reactions, and its
 * comments to process.
 */
import type { CommentDisposition, ContentBlock, ProcessingParagraph } from '@accord/schema';
import { CHANGE_LEGEND, ChangedText } from '../versions/ChangedText.js';
import { BracketAlternatives, FormattedText } from '../versions/FormattedText.js';
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
  const comments = visibleComments(paragraph.comments, onlyUnprocessed, savedHere);
  if (comments.length === 0) return null;
  const { frozen, live, reactions, change } = paragraph;
  const changed = change?.kind === 'changed';
  const number = frozen.number === null ? '' : `¶ ${frozen.label ?? frozen.number}`;
  return (
    <section className="processing-paragraph" aria-label={`Comments on ${number || 'a paragraph'}`}>
      <div className="processing-sides">
        <div>
          <h4>{number || '¶'} as consulted</h4>
          <p className="processing-text">
            <FormattedText block={frozen} />
          </p>
          <BracketAlternatives block={frozen} className="processing-alternatives" />
        </div>
        <div>
          <h4>
            ¶ now
            {live?.number != null && (live.label ?? live.number) !== (frozen.label ?? frozen.number)
              ? ` (¶ ${live.label ?? live.number})`
              : ''}
          </h4>
          {live && changed ? (
            <>
              <p className="processing-text">
                <ChangedText paragraph={change} />
              </p>
              <p className="change-legend">{CHANGE_LEGEND}</p>
            </>
          ) : live ? (
            <p className="processing-text">
              <FormattedText block={live} />
            </p>
          ) : (
            <p className="round-meta">This paragraph has since been deleted.</p>
          )}
        </div>
      </div>
      <p className="round-meta">
        {reactions.agree} agree · {reactions.disagree} disagree
      </p>
      <ul className="round-comments">
        {comments.map((c) => (
          <ProcessedCommentItem key={c.id} comment={c} liveParagraphs={liveParagraphs} onSaved={onSaved} />
        ))}
      </ul>
    </section>
  );
}
