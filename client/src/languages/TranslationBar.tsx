/**
 * Above a language version's text: which original it translates (a link), how far the
 * translation is, the switch for the original beside the text, and — when the original gained
 * paragraphs since — which ones, with "Add the paragraphs the original gained" for those who
 * may edit (the server's sync, made on their behalf like any edit).
 */
import type { Alignment, Locale } from '@accord/schema';
import { useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { announcer } from '../a11y/announcer.js';
import { Choices } from '../components/Choices.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { labelOf, progressOf } from './alignment.js';
import { syncWithOriginal } from './api.js';
import { useFamily } from './useFamily.js';
import './languages.css';

type Start = 'empty' | 'original';

export function TranslationBar({
  documentId,
  language,
  alignment,
  problem,
  markProblem = null,
  canEdit,
  shown,
  onToggle,
  onSynced,
}: {
  documentId: string;
  /** The version's language. */
  language: Locale;
  alignment: Alignment | null;
  /** Why the alignment cannot be shown. */
  problem: string | null;
  /** Why marking a paragraph up to date failed. */
  markProblem?: string | null;
  canEdit: boolean;
  /** The original is shown beside the text. */
  shown: boolean;
  onToggle: () => void;
  onSynced: (alignment: Alignment) => void;
}) {
  const t = useT();
  const headingId = useId();
  const [start, setStart] = useState<Start>('empty');
  const sync = useSubmit(async () => {
    const done = await syncWithOriginal(documentId, { start });
    onSynced(done.alignment);
    announcer.say(t('languages.sync.done', { added: done.added.length, removed: done.removed.length }));
  });
  // The original's title, when the person may read it (fetched once: titles rarely change).
  const originalTitle = useFamily(documentId, null).family?.original?.title ?? null;
  const progress = alignment ? progressOf(alignment) : null;
  const missing = alignment?.paragraphs.filter((p) => p.status === 'missing') ?? [];

  return (
    <section className="lv-bar" aria-labelledby={headingId}>
      <div className="lv-bar-row">
        <h2 id={headingId} className="lv-bar-title">
          {alignment && originalTitle !== null ? (
            <FormattedMessage
              id="languages.bar.versionOf"
              values={{
                language,
                title: (
                  <Link key="title" href={paths.document(alignment.originalId)}>
                    <bdi>{originalTitle}</bdi>
                  </Link>
                ),
              }}
            />
          ) : (
            t('languages.bar.version', { language })
          )}
        </h2>
        {progress && (
          <span className="lv-progress-text">
            {t('languages.family.progress', { translated: progress.translated, total: progress.total })}
          </span>
        )}
        {progress && progress.counts['original-changed'] > 0 && (
          <span className="lv-status" data-status="original-changed">
            <span className="lv-dot" aria-hidden="true" />
            {t('languages.bar.changed', { count: progress.counts['original-changed'] })}
          </span>
        )}
        <button
          type="button"
          className="btn btn-small btn-quiet lv-toggle"
          aria-pressed={shown}
          onClick={onToggle}
          disabled={!alignment}
        >
          {t('languages.bar.showOriginal')}
        </button>
      </div>
      {problem && <p className="lv-problem">{t('languages.bar.problem', { problem })}</p>}
      <FormError problem={markProblem} inline />
      {missing.length > 0 && alignment && (
        <div className="lv-missing">
          <p>{t('languages.sync.missing', { count: missing.length })}</p>
          <ul>
            {missing.map((p) => {
              const label = labelOf(p);
              return (
                <li key={p.blockId}>
                  <span className="lv-card-number">
                    {label === null ? t('languages.original.unnumbered') : t('common.paragraph', { number: label })}
                  </span>{' '}
                  <span lang={alignment.originalLanguage} dir="auto">
                    {p.original}
                  </span>
                </li>
              );
            })}
          </ul>
          {canEdit && (
            <form className="lv-sync" onSubmit={sync.onSubmit}>
              <Choices<Start>
                legend={t('languages.sync.start')}
                name="lv-sync-start"
                inline
                value={start}
                onChange={setStart}
                options={[
                  { value: 'empty', label: t('languages.create.startEmpty') },
                  { value: 'original', label: t('languages.create.startOriginal') },
                ]}
              />
              <p className="lv-muted">{t('languages.sync.hint')}</p>
              <FormError problem={sync.problem} inline />
              <button type="submit" className="btn btn-small btn-primary" disabled={sync.busy}>
                {t('languages.sync.button')}
              </button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
