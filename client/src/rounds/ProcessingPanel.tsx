/**
 * Processing a closed round (editors): progress, general comments, then each commented
 * paragraph as consulted beside now, every comment with its disposition form; and, for
 * coordinators, publishing the revised version.
 */
import { useId, useState } from 'react';
import type { RoundProcessing, RoundRevision } from '@accord/schema';
import { useT } from '../i18n/useT.js';
import { ProcessedCommentItem } from './ProcessedCommentItem.js';
import { ProcessingParagraphView } from './ProcessingParagraphView.js';
import { PublishRevision, RevisionPublished } from './PublishRevision.js';
import { progressText } from './labels.js';
import { visibleComments, withDisposition } from './processing.js';

export function ProcessingPanel({ initial, canManage }: { initial: RoundProcessing; canManage: boolean }) {
  const t = useT();
  const [view, setView] = useState(initial);
  const [onlyUnprocessed, setOnlyUnprocessed] = useState(false);
  const progressId = useId();
  const { progress, liveParagraphs } = view;
  // Comments answered here stay in view under "Show only unprocessed", so their saved state shows.
  const [savedHere, setSavedHere] = useState<ReadonlySet<string>>(new Set());
  const onSaved = (saved: Parameters<typeof withDisposition>[1]) => {
    setView((v) => withDisposition(v, saved));
    setSavedHere((ids) => new Set(ids).add(saved.commentId));
  };
  const setRevision = (revision: RoundRevision) => setView((v) => ({ ...v, revision }));
  const general = visibleComments(view.general, onlyUnprocessed, savedHere);
  const commented = view.paragraphs.filter((p) => p.comments.length > 0);

  return (
    <>
      <section className="round-section" aria-labelledby="round-processing">
        <h2 id="round-processing">{t('rounds.processing.title')}</h2>
        <div className="processing-progress">
          <label htmlFor={progressId}>{progressText(progress, t)}</label>
          <progress id={progressId} max={Math.max(progress.total, 1)} value={progress.processed} />
        </div>
        {view.awaitingModeration > 0 && (
          <p className="round-meta">{t('rounds.processing.awaiting', { count: view.awaitingModeration })}</p>
        )}
        <label className="round-check">
          <input
            type="checkbox"
            checked={onlyUnprocessed}
            onChange={(e) => {
              setOnlyUnprocessed(e.target.checked);
              setSavedHere(new Set());
            }}
          />{' '}
          {t('rounds.processing.onlyUnprocessed')}
        </label>
        {progress.total === 0 && <p>{t('rounds.processing.none')}</p>}
        {general.length > 0 && (
          <>
            <h3>{t('rounds.processing.general')}</h3>
            <ul className="round-comments">
              {general.map((c) => (
                <ProcessedCommentItem key={c.id} comment={c} liveParagraphs={liveParagraphs} onSaved={onSaved} />
              ))}
            </ul>
          </>
        )}
        {commented.length > 0 && <h3>{t('rounds.processing.onParagraphs')}</h3>}
        {commented.map((p) => (
          <ProcessingParagraphView
            key={p.frozen.id}
            paragraph={p}
            liveParagraphs={liveParagraphs}
            onlyUnprocessed={onlyUnprocessed}
            savedHere={savedHere}
            onSaved={onSaved}
          />
        ))}
      </section>
      {view.revision ? (
        <section className="round-section" aria-label={t('rounds.revision.region')}>
          <RevisionPublished revision={view.revision} roundId={view.round.id} />
        </section>
      ) : (
        canManage && <PublishRevision roundId={view.round.id} progress={progress} onPublished={setRevision} />
      )}
    </>
  );
}
