/**
 * One entry of the register of differences, written to read like a document: the paragraph
 * and its status, its text with brackets, each bracket's alternatives with who proposed them,
 * positions by stakeholder group with reasons, and the open comment threads on it.
 */
import type { RegisterEntry as Entry } from '@accord/schema';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.js';
import { AlternativeLine } from './alternatives.js';
import { Byline } from './Byline.js';
import { countsInWords, ScoreInWords } from './GroupBars.js';
import { POSITION_SELECT, statusName } from './labels.js';

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
  const t = useT();
  const name =
    entry.number === null
      ? t('consensus.register.unnumbered')
      : t('common.paragraphLong', { number: entry.label ?? entry.number });
  const open = entry.brackets.filter((b) => b.state === 'open');
  return (
    <article className="register-entry" data-block-id={entry.blockId} data-status={entry.status}>
      <h2>
        {t('consensus.register.heading', { name, status: statusName(entry.status, t) })}
        {entry.changedSinceAgreed && <span className="register-flag"> {t('consensus.register.changed')}</span>}
      </h2>
      <blockquote className="register-text" dir="auto">
        <BracketedText text={entry.bracketedText} />
      </blockquote>
      {open.map((bracket, i) => (
        <section key={bracket.id} className="register-bracket-block">
          <h3>
            <FormattedMessage
              id="consensus.register.bracket"
              values={{
                number: open.length > 1 ? i + 1 : 0,
                text: <bdi key="text">{bracket.text}</bdi>,
              }}
            />
          </h3>
          {bracket.alternatives.length === 0 ? (
            <p className="cs-muted">{t('consensus.alternative.none')}</p>
          ) : (
            <ul>
              {bracket.alternatives.map((alt, index) => (
                <li key={alt.id}>
                  <AlternativeLine alt={alt} index={index} groupName={groupName} t={t} quoted />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section>
        <h3>{t('consensus.positions')}</h3>
        {entry.groups.length === 0 ? (
          <p className="cs-muted">{t('consensus.register.noPositions')}</p>
        ) : (
          <>
            <ul>
              {entry.groups.map((g) => (
                <li key={g.stakeholderGroup}>
                  <FormattedMessage
                    id="consensus.register.groupCounts"
                    values={{
                      group: <bdi key="group">{g.name}</bdi>,
                      counts: countsInWords(g, t),
                      b: (chunks) => <strong key="b">{chunks}</strong>,
                    }}
                  />
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
                  <FormattedMessage
                    id="consensus.reason"
                    values={{
                      byline: <Byline key="by" person={p.person} group={groupName(p.stakeholderGroup)} />,
                      position: POSITION_SELECT[p.position],
                      reason: <bdi key="reason">{p.reason}</bdi>,
                    }}
                  />
                </li>
              ))}
          </ul>
        )}
      </section>
      {entry.threads.length > 0 && (
        <section>
          <h3>{t('consensus.register.openComments')}</h3>
          <ul>
            {entry.threads.map((thread) => {
              const first = thread.comments[0];
              return (
                <li key={thread.id}>
                  {thread.quote && <q dir="auto">{thread.quote}</q>}{' '}
                  {first && (
                    <FormattedMessage
                      id="consensus.register.comment"
                      values={{
                        name: <bdi key="name">{first.author.name}</bdi>,
                        body: <bdi key="body">{first.body}</bdi>,
                      }}
                    />
                  )}
                  {thread.comments.length > 1 && (
                    <span className="cs-muted">
                      {' '}
                      {t('consensus.register.moreReplies', { count: thread.comments.length - 1 })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
