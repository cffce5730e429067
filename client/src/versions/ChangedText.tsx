/**
 * A compared paragraph's text with its word-level changes: inserted words in `<ins>`, deleted
 * ones in `<del>`, each also named for screen readers (which say nothing of ins/del by default)
 * and marked by underline or strike-through as well as colour. Shared by the versions
 * comparison, the coordinators' "as consulted / now" and the public page of a round, so the
 * server's one word diff reads the same everywhere.
 */
import type { ParagraphDiff } from '@accord/schema';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import { FormattedRuns } from './FormattedText.js';
import { formatWords, runsOf } from './runs.js';
import '../styles/word-diff.css';
import './changed-text.css';

/** What the markers mean, as a sentence in the page's language. */
function LegendText() {
  return <>{useT()('versions.changeLegend')}</>;
}

/** The legend beside a changed text: what underline and strike-through mean. */
export function ChangeLegend() {
  return (
    <p className="change-legend">
      <LegendText />
    </p>
  );
}

// The spoken "added"/"removed" are generated content (word-diff.css, changed-text.css), so the text
// itself stays the text; the word comes from the attribute, in the page's language.
const Inserted = ({ children }: { children: ReactNode }) => (
  <ins data-change={useT()('versions.diff.added')}>{children}</ins>
);
const Deleted = ({ children }: { children: ReactNode }) => (
  <del data-change={useT()('versions.diff.removed')}>{children}</del>
);

/** The paragraph's text after the change, with what changed marked; a removed paragraph all deleted, an added one all inserted. */
export function ChangedText({ paragraph }: { paragraph: ParagraphDiff }) {
  const from = runsOf({ text: paragraph.fromText ?? '', runs: paragraph.fromRuns });
  const to = runsOf({ text: paragraph.toText ?? '', runs: paragraph.toRuns });
  if (paragraph.words) {
    return (
      <span className="word-diff">
        {formatWords(paragraph.words, from, to).map((w, i) =>
          w.op === 'insert' ? (
            <Inserted key={i}>
              <FormattedRuns runs={w.runs} />
            </Inserted>
          ) : w.op === 'delete' ? (
            <Deleted key={i}>
              <FormattedRuns runs={w.runs} />
            </Deleted>
          ) : (
            <span key={i}>
              <FormattedRuns runs={w.runs} />
            </span>
          ),
        )}
      </span>
    );
  }
  if (paragraph.kind === 'removed')
    return (
      <span className="word-diff">
        <Deleted>
          <FormattedRuns runs={from} />
        </Deleted>
      </span>
    );
  if (paragraph.kind === 'added')
    return (
      <span className="word-diff">
        <Inserted>
          <FormattedRuns runs={to} />
        </Inserted>
      </span>
    );
  return <FormattedRuns runs={to} />;
}
