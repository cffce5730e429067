/** A comparison: every paragraph with its change, changed ones with word-level insertions and deletions, all with their formatting and brackets. */
import type { ParagraphDiff, VersionComparison } from '@accord/schema';
import { FormattedRuns } from './FormattedText.js';
import { KIND_LABELS, numberLabel, sideName, summary } from './labels.js';
import { formatWords, runsOf } from './runs.js';

function Words({ paragraph }: { paragraph: ParagraphDiff }) {
  const from = runsOf({ text: paragraph.fromText ?? '', runs: paragraph.fromRuns });
  const to = runsOf({ text: paragraph.toText ?? '', runs: paragraph.toRuns });
  if (paragraph.words) {
    return (
      <>
        {formatWords(paragraph.words, from, to).map((w, i) =>
          w.op === 'insert' ? (
            <ins key={i}>
              <FormattedRuns runs={w.runs} />
            </ins>
          ) : w.op === 'delete' ? (
            <del key={i}>
              <FormattedRuns runs={w.runs} />
            </del>
          ) : (
            <span key={i}>
              <FormattedRuns runs={w.runs} />
            </span>
          ),
        )}
      </>
    );
  }
  if (paragraph.kind === 'removed')
    return (
      <del>
        <FormattedRuns runs={from} />
      </del>
    );
  if (paragraph.kind === 'added')
    return (
      <ins>
        <FormattedRuns runs={to} />
      </ins>
    );
  return <FormattedRuns runs={to} />;
}

export function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  return (
    <div className="version-compare">
      <p className="version-summary" role="status">
        From {sideName(comparison.from)} to {sideName(comparison.to)}: {summary(comparison.counts)}.
      </p>
      {comparison.paragraphs.map((p, i) =>
        p.type === 'list' ? null : (
          <div
            key={`${p.id}-${i}`}
            className={`compare-block compare-${p.kind}`}
            data-kind={p.kind}
            data-block-id={p.id}
          >
            <span className="version-number">{numberLabel(p)}</span>
            <p>
              <Words paragraph={p} />
            </p>
            {p.kind !== 'unchanged' && (
              <span className="compare-kind">
                {KIND_LABELS[p.kind]}
                {p.kind === 'changed' && p.moved ? ' and moved' : ''}
                {p.splitFrom ? ' (split from the paragraph above)' : ''}
              </span>
            )}
          </div>
        ),
      )}
    </div>
  );
}
