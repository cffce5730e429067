/**
 * Frozen text with its formatting, links and brackets, read-only: used by the version view,
 * the comparison, the public consultation page and the processing view. React escapes every
 * string; links only to http, https and mailto (checked again here). A bracket is a span whose
 * "[" and "]" come from CSS, so the DOM text stays the paragraph's text (the public page maps
 * selections to offsets in it) while everyone sees, and screen readers hear, that it is
 * bracketed — not agreed.
 */
import type { FrozenAlternatives, FormattedRun } from '@accord/schema';
import { Fragment, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.js';
import { groupRuns, runsOf, type RunGroup, type RunsSource } from './runs.js';
import '../styles/formatted.css';

function lines(text: string): ReactNode {
  const parts = text.split('\n');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {part}
    </Fragment>
  ));
}

function Run({ run }: { run: FormattedRun }) {
  let node: ReactNode = lines(run.text);
  const marks = new Set(run.marks ?? []);
  if (marks.has('code')) node = <code>{node}</code>;
  if (marks.has('strikethrough')) node = <s>{node}</s>;
  if (marks.has('underline')) node = <u>{node}</u>;
  if (marks.has('italic')) node = <em>{node}</em>;
  if (marks.has('bold')) node = <strong>{node}</strong>;
  return <>{node}</>;
}

function Group({ group }: { group: RunGroup }) {
  switch (group.kind) {
    case 'text':
      return <Run run={group.run} />;
    case 'link':
      return (
        <a href={group.href} rel="noopener noreferrer nofollow">
          {group.runs.map((run, i) => (
            <Run key={i} run={run} />
          ))}
        </a>
      );
    case 'bracket':
      return <Bracketed group={group} />;
  }
}

/** Bracketed text: a group named for what brackets mean, so it is heard as well as seen. */
function Bracketed({ group }: { group: Extract<RunGroup, { kind: 'bracket' }> }) {
  const t = useT();
  return (
    <span
      className="bracketed"
      role="group"
      aria-label={t('versions.bracket.label')}
      title={t('versions.bracket.title')}
      data-bracket-id={group.id || undefined}
    >
      {group.children.map((child, i) => (
        <Group key={i} group={child} />
      ))}
    </span>
  );
}

/** Runs as inline elements. */
export function FormattedRuns({ runs }: { runs: readonly FormattedRun[] }) {
  return (
    <>
      {groupRuns(runs).map((group, i) => (
        <Group key={i} group={group} />
      ))}
    </>
  );
}

/** A block's text with its formatting (runs, or what an older version kept). */
export function FormattedText({ block }: { block: RunsSource }) {
  return <FormattedRuns runs={runsOf(block)} />;
}

/** The alternatives frozen with a block's brackets: "Alternatives to [shall]: Alt 1 … / Alt 2 …". */
export function BracketAlternatives({
  block,
  className,
}: {
  block: RunsSource & { alternatives?: readonly FrozenAlternatives[] | undefined };
  className?: string;
}) {
  const t = useT();
  if (!block.alternatives || block.alternatives.length === 0) return null;
  const runs = runsOf(block);
  return (
    <ul className={`bracket-alternatives ${className ?? ''}`.trim()} aria-label={t('versions.alternatives.label')}>
      {block.alternatives.map((a) => {
        const bracketed = runs
          .filter((r) => r.bracket === a.bracket)
          .map((r) => r.text)
          .join('');
        const alternatives = a.texts.map((text, i) => (
          <Fragment key={i}>
            {i > 0 && ' / '}
            <span className="bracket-alternative">
              <strong>{t('versions.alternatives.number', { number: i + 1 })}</strong> <bdi>{text}</bdi>
            </span>
          </Fragment>
        ));
        return (
          <li key={a.bracket}>
            {bracketed ? (
              <FormattedMessage
                id="versions.alternatives.to"
                values={{
                  bracketed: (
                    <span key="bracketed" className="bracketed-quote">
                      [<bdi>{bracketed}</bdi>]
                    </span>
                  ),
                  alternatives: <Fragment key="alternatives">{alternatives}</Fragment>,
                }}
              />
            ) : (
              <FormattedMessage
                id="versions.alternatives.list"
                values={{ alternatives: <Fragment key="alternatives">{alternatives}</Fragment> }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
