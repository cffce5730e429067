/**
 * A published version's public page (issue 14): its title, the endorsement stamp, the numbered
 * paragraphs with their sources as footnote marks, the notes with back-links, and the annex of
 * contributions. Read-only, no sign-in, at a stable address (`/published/<versionId>`). Anything
 * not published is "not found", exactly like an unknown address: nothing leaks.
 */
import { useMemo, useState } from 'react';
import { FormattedList, FormattedMessage } from 'react-intl';
import { Loading, Problem } from '../components/Message.js';
import { refusalMessage } from '../consult/refusal.js';
import { useFormat } from '../i18n/format.js';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { useT } from '../i18n/useT.js';
import { Annex } from '../published/Annex.js';
import { getPublishedVersion, type PublishedPage as PublishedVersion } from '../published/api.js';
import { notesOf } from '../published/notes.js';
import { useAsync } from '../useAsync.js';
import '../styles/published.css';

/** The kicker line with the language switcher; alone on the page while the version cannot be shown. */
function PublishedBar() {
  const t = useT();
  return (
    <div className="published-bar">
      <p className="published-kicker">{t('compilation.published.kicker')}</p>
      <LanguageSwitcher />
    </div>
  );
}

export function PublishedPage({ versionId }: { versionId: string }) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const state = useAsync((signal) => getPublishedVersion(versionId, signal), [versionId, attempt]);
  if (state.status === 'loading')
    return (
      <main className="published-page">
        <PublishedBar />
        <Loading />
      </main>
    );
  if (state.status === 'error')
    return (
      <main className="published-page">
        <PublishedBar />
        <Problem title={t('compilation.published.cannotShow')}>{refusalMessage(state.error)}</Problem>
        <p>
          <button type="button" className="btn" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.tryAgain')}
          </button>
        </p>
      </main>
    );
  return <Published version={state.value} />;
}

function Published({ version }: { version: PublishedVersion }) {
  const t = useT();
  const format = useFormat();
  const notes = useMemo(() => notesOf(version.paragraphs), [version.paragraphs]);
  const noteOf = useMemo(() => new Map(notes.map((n) => [n.paragraph, n])), [notes]);
  return (
    <main className="published-page">
      <article>
        <header className="published-header">
          <PublishedBar />
          <h1 className="published-title">
            <bdi>{version.title}</bdi>
          </h1>
          <p className="published-stamp" data-endorsed-at={version.endorsedAt}>
            {t('compilation.published.stamp', { date: format.date(version.endorsedAt) })}
          </p>
          <p className="published-version">
            <FormattedMessage
              id="compilation.published.version"
              values={{ name: <bdi>{version.versionName}</bdi>, date: format.date(version.savedAt) }}
            />
          </p>
        </header>
        <div className="published-text">
          {version.paragraphs.map((p, i) => {
            const note = noteOf.get(i);
            const Tag = p.heading ? 'h2' : 'p';
            return (
              <div className="published-block" key={p.blockId ?? i} data-block-id={p.blockId ?? undefined}>
                <span className="published-label" aria-hidden="true">
                  {p.label ?? ''}
                </span>
                <Tag className={p.heading ? 'published-heading' : 'published-paragraph'} dir="auto">
                  {p.label && (
                    // A <bdi>, so the paragraph's own direction (dir=auto) comes from its text, not this label.
                    <bdi className="visually-hidden">{t('compilation.published.paragraph', { number: p.label })} </bdi>
                  )}
                  {p.text}
                  {note && (
                    <sup className="published-mark">
                      <a
                        href={`#note-${note.n}`}
                        id={`mark-${note.n}`}
                        aria-label={t('compilation.published.noteMark', { n: note.n })}
                      >
                        {note.n}
                      </a>
                    </sup>
                  )}
                </Tag>
              </div>
            );
          })}
        </div>
        {notes.length > 0 && (
          <section className="published-notes" aria-labelledby="published-notes-title">
            <h2 id="published-notes-title">{t('compilation.published.notes')}</h2>
            <ol>
              {notes.map((n) => (
                <li key={n.n} id={`note-${n.n}`}>
                  <FormattedList
                    type="conjunction"
                    value={n.organisations.map((o) => (
                      <a key={o.contributionId} href={`#contribution-${o.contributionId}`}>
                        <bdi>{o.organisation}</bdi>
                      </a>
                    ))}
                  />{' '}
                  <a
                    href={`#mark-${n.n}`}
                    className="published-back"
                    aria-label={t('compilation.published.back', { n: n.n })}
                  >
                    <span>↩</span>
                  </a>
                </li>
              ))}
            </ol>
          </section>
        )}
        <Annex annex={version.annex} />
      </article>
    </main>
  );
}
