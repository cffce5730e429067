/**
 * The moderation queue (coordinators): every comment of the round, filtered by status or flag.
 * Once the revised version and its report are published the queue is read-only: the server
 * refuses every change then (what the report says stays said).
 */
import { useEffect, useState } from 'react';
import type { ModeratedComment } from '@accord/schema';
import { Loading, Problem } from '../components/Message.js';
import { getRoundPage } from '../consult/api.js';
import { useT } from '../i18n/useT.js';
import { useAsync } from '../useAsync.js';
import { getModeration } from './api.js';
import { filterCounts, filterQueue, MODERATION_FILTERS, replaceComment, type ModerationFilter } from './moderation.js';
import { ModerationItem } from './ModerationItem.js';

export function ModerationPanel({ roundId }: { roundId: string }) {
  const t = useT();
  const [filter, setFilter] = useState<ModerationFilter>('pending');
  const state = useAsync(
    async (signal) => {
      // The public page numbers the frozen paragraphs; the queue refers to them by block id.
      const [queue, page] = await Promise.all([getModeration(roundId, signal), getRoundPage(roundId, signal)]);
      return {
        comments: queue.comments,
        numbers: new Map(page.paragraphs.map((p) => [p.id, p.number])),
        frozen: page.revision !== null,
      };
    },
    [roundId],
  );
  const [comments, setComments] = useState<ModeratedComment[]>([]);
  useEffect(() => {
    if (state.status !== 'done') return;
    setComments(state.value.comments);
    // Open on what needs a decision; with nothing pending, on what the public sees.
    setFilter(state.value.comments.some((c) => c.status === 'pending') ? 'pending' : 'published');
  }, [state]);

  const numbers = state.status === 'done' ? state.value.numbers : new Map<string, number | null>();
  const frozen = state.status === 'done' && state.value.frozen;
  const counts = filterCounts(comments);
  const shown = filterQueue(comments, filter);
  return (
    <section className="round-section" aria-labelledby="round-moderation">
      <h2 id="round-moderation">{t('rounds.moderation.title')}</h2>
      {state.status === 'error' ? (
        <Problem title={t('rounds.moderation.cannotShow')}>{state.error.message}</Problem>
      ) : state.status === 'loading' ? (
        <Loading />
      ) : (
        <>
          {frozen && <p className="round-meta">{t('rounds.moderation.frozen')}</p>}
          <div className="round-filters" role="group" aria-label={t('rounds.moderation.filters')}>
            {MODERATION_FILTERS.map((f) => (
              <button
                key={f.filter}
                type="button"
                className="btn btn-small"
                aria-pressed={filter === f.filter}
                onClick={() => setFilter(f.filter)}
              >
                {t(f.label, { count: counts[f.filter] })}
              </button>
            ))}
          </div>
          {shown.length === 0 ? (
            <p className="round-meta">{t('rounds.moderation.empty')}</p>
          ) : (
            <ul className="round-comments">
              {shown.map((c) => (
                <ModerationItem
                  key={c.id}
                  comment={c}
                  frozen={frozen}
                  paragraphNumber={(id) => numbers.get(id) ?? null}
                  onChanged={(next) => setComments((all) => replaceComment(all, next))}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
