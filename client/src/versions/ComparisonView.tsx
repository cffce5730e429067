/** A comparison: every paragraph with its change, changed ones with word-level insertions and deletions, all with their formatting and brackets. */
import type { VersionComparison } from '@accord/schema';
import type { ReactNode } from 'react';
import { ChangedText } from './ChangedText.js';
import { KIND_LABELS, numberLabel, sideName, summary } from './labels.js';
import { headingTag } from './VersionText.js';

/** A compared heading as a heading of its level, in the editor's style for it. */
function Heading({ tag, children }: { tag: string | undefined; children: ReactNode }) {
  const Tag = headingTag(tag);
  return <Tag className={`doc-${Tag}`}>{children}</Tag>;
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
            {p.type === 'heading' ? (
              <Heading tag={p.tag}>
                <ChangedText paragraph={p} />
              </Heading>
            ) : (
              <p>
                <ChangedText paragraph={p} />
              </p>
            )}
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
