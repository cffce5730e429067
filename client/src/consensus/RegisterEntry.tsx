/**
 * One entry of the register of differences, written to read like a document: the paragraph
 * and its status, its text with brackets, each bracket's alternatives with who proposed them,
 * positions by stakeholder group with reasons, and the open comment threads on it.
 */
import type { RegisterEntry as Entry } from '@accord/schema';
import { countsInWords, ScoreInWords } from './GroupBars.js';
import { byline, POSITION_LABELS, STATUS_LOOK } from './labels.js';

/** Text with `[…]` passages wrapped so they draw as brackets. */
export function BracketedText({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('[') && part.endsWith(']') ? (
          <span key={i} className="register-bracket">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function RegisterEntry({ entry, groupName }: { entry: Entry; groupName: (id: string) => string }) {
  const name = entry.number === null ? 'Unnumbered block' : `Paragraph ${entry.label ?? entry.number}`;
  const open = entry.brackets.filter((b) => b.state === 'open');
  return (
    <article className="register-entry" data-block-id={entry.blockId} data-status={entry.status}>
      <h2>
        {name} — {STATUS_LOOK[entry.status].label}
        {entry.changedSinceAgreed && <span className="register-flag"> (changed since agreed)</span>}
      </h2>
      <blockquote className="register-text">
        <BracketedText text={entry.bracketedText} />
      </blockquote>
      {open.map((bracket, i) => (
        <section key={bracket.id} className="register-bracket-block">
          <h3>
            Bracket {open.length > 1 ? `${i + 1} ` : ''}[{bracket.text}]
          </h3>
          {bracket.alternatives.length === 0 ? (
            <p className="cs-muted">No alternatives proposed yet.</p>
          ) : (
            <ul>
              {bracket.alternatives.map((alt) => (
                <li key={alt.id}>
                  <strong>{alt.label}:</strong> “{alt.text}” — proposed by{' '}
                  {byline(alt.proposedBy, groupName(alt.stakeholderGroup))}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section>
        <h3>Positions</h3>
        {entry.groups.length === 0 ? (
          <p className="cs-muted">No positions recorded.</p>
        ) : (
          <>
            <ul>
              {entry.groups.map((g) => (
                <li key={g.stakeholderGroup}>
                  <strong>{g.name}:</strong> {countsInWords(g)}
                </li>
              ))}
            </ul>
            <ScoreInWords groups={entry.groups} score={entry.score} />
          </>
        )}
        {entry.positions.some((p) => p.reason) && (
          <ul className="register-reasons">
            {entry.positions
              .filter((p) => p.reason)
              .map((p) => (
                <li key={p.person.id}>
                  {byline(p.person, groupName(p.stakeholderGroup))}, {POSITION_LABELS[p.position].toLowerCase()}: “
                  {p.reason}”
                </li>
              ))}
          </ul>
        )}
      </section>
      {entry.threads.length > 0 && (
        <section>
          <h3>Open comments</h3>
          <ul>
            {entry.threads.map((t) => (
              <li key={t.id}>
                {t.quote && <q>{t.quote}</q>} {t.comments[0] && `${t.comments[0].author.name}: ${t.comments[0].body}`}
                {t.comments.length > 1 && <span className="cs-muted"> (+{t.comments.length - 1} replies)</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
