/**
 * A compared paragraph's text with its word-level changes: inserted words in `<ins>`, deleted
 * ones in `<del>`, each also named for screen readers (which say nothing of ins/del by default)
 * and marked by underline or strike-through as well as colour. Shared by the versions
 * comparison, the coordinators' "as consulted / now" and the public page of a round, so the
 * server's one word diff reads the same everywhere.
 */
import type { ParagraphDiff } from '@accord/schema';
import type { ReactNode } from 'react';
import { FormattedRuns } from './FormattedText.js';
import { formatWords, runsOf } from './runs.js';
import '../styles/word-diff.css';

/** What the markers mean, for a legend above a changed text. */
export const CHANGE_LEGEND = 'Added words are underlined, removed words struck through.';

// The spoken "added"/"removed" come from word-diff.css (generated content), so the text itself stays the text.
const Inserted = ({ children }: { children: ReactNode }) => <ins>{children}</ins>;
const Deleted = ({ children }: { children: ReactNode }) => <del>{children}</del>;

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
