/** A comparison: every paragraph with its change, changed ones with word-level insertions and deletions. */
import type { ParagraphDiff, VersionComparison } from '@accord/schema';
import { KIND_LABELS, numberLabel, sideName, summary } from './labels.js';

function Words({ paragraph }: { paragraph: ParagraphDiff }) {
  if (paragraph.words) {
    return (
      <>
        {paragraph.words.map((w, i) =>
          w.op === 'insert' ? (
            <ins key={i}>{w.text}</ins>
          ) : w.op === 'delete' ? (
            <del key={i}>{w.text}</del>
          ) : (
            <span key={i}>{w.text}</span>
          ),
        )}
      </>
    );
  }
  if (paragraph.kind === 'removed') return <del>{paragraph.fromText}</del>;
  if (paragraph.kind === 'added') return <ins>{paragraph.toText}</ins>;
  return <>{paragraph.toText}</>;
}

export function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  return (
    <div className="version-compare">
      <p className="version-summary" role="status">
        From {sideName(comparison.from)} to {sideName(comparison.to)}: {summary(comparison.counts)}.
      </p>
      {comparison.paragraphs.map((p, i) =>
        p.type === 'list' ? null : (
          <div key={`${p.id}-${i}`} className={`compare-block compare-${p.kind}`} data-kind={p.kind} data-block-id={p.id}>
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
