/**
 * A published version's public page (issue 14): its title, the endorsement stamp, the numbered
 * paragraphs with their sources as footnote marks, the notes with back-links, and the annex of
 * contributions. Read-only, no sign-in, at a stable address (`/published/<versionId>`). Anything
 * not published is "not found", exactly like an unknown address: nothing leaks.
 */
import { useMemo, useState } from 'react';
import { Loading, Problem } from '../components/Message.js';
import { refusalMessage } from '../consult/refusal.js';
import { Annex } from '../published/Annex.js';
import { getPublishedVersion, type PublishedPage as PublishedVersion } from '../published/api.js';
import { notesOf } from '../published/notes.js';
import { formatDate } from '../time-zones.js';
import { useAsync } from '../useAsync.js';
import '../styles/published.css';

export function PublishedPage({ versionId }: { versionId: string }) {
  const [attempt, setAttempt] = useState(0);
  const state = useAsync((signal) => getPublishedVersion(versionId, signal), [versionId, attempt]);
  if (state.status === 'loading')
    return (
      <main className="published-page">
        <Loading />
      </main>
    );
  if (state.status === 'error')
    return (
      <main className="published-page">
        <Problem title="This version cannot be shown">{refusalMessage(state.error)}</Problem>
        <p>
          <button type="button" className="btn" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </p>
      </main>
    );
  return <Published version={state.value} />;
}

function Published({ version }: { version: PublishedVersion }) {
  const notes = useMemo(() => notesOf(version.paragraphs), [version.paragraphs]);
  const noteOf = useMemo(() => new Map(notes.map((n) => [n.paragraph, n])), [notes]);
  return (
    <main className="published-page">
      <article>
        <header className="published-header">
          <p className="published-kicker">Published version</p>
          <h1 className="published-title">{version.title}</h1>
          <p className="published-stamp" data-endorsed-at={version.endorsedAt}>
            {`Endorsed by silence procedure on ${formatDate(version.endorsedAt)}.`}
          </p>
          <p className="published-version">
            {`Version “${version.versionName}”, saved on ${formatDate(version.savedAt)}.`}
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
                <Tag className={p.heading ? 'published-heading' : 'published-paragraph'}>
                  {p.label && <span className="visually-hidden">{`Paragraph ${p.label}: `}</span>}
                  {p.text}
                  {note && (
                    <sup className="published-mark">
                      <a href={`#note-${note.n}`} id={`mark-${note.n}`} aria-label={`Note ${note.n}`}>
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
            <h2 id="published-notes-title">Notes</h2>
            <ol>
              {notes.map((n) => (
                <li key={n.n} id={`note-${n.n}`}>
                  {n.organisations.map((o, i) => (
                    <span key={o.contributionId}>
                      {i > 0 && ', '}
                      <a href={`#contribution-${o.contributionId}`}>{o.organisation}</a>
                    </span>
                  ))}{' '}
                  <a href={`#mark-${n.n}`} className="published-back" aria-label={`Back to the text of note ${n.n}`}>
                    ↩
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
