/** A comparison: every paragraph with its change, changed ones with word-level insertions and deletions, all with their formatting and brackets. */
import type { CompareSide, VersionComparison } from '@accord/schema';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { ChangedText } from './ChangedText.js';
import { KIND_LABELS, numberLabel, summary } from './labels.js';
import { headingTag } from './VersionText.js';

/** A compared heading as a heading of its level, in the editor's style for it. */
function Heading({ tag, children }: { tag: string | undefined; children: ReactNode }) {
  const Tag = headingTag(tag);
  return (
    <Tag className={`doc-${Tag}`} dir="auto">
      {children}
    </Tag>
  );
}

const sideName = (side: CompareSide, key: string) =>
  side.kind === 'live' ? '' : <bdi key={key}>{side.version.name}</bdi>;

export function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  const t = useT();
  const { list } = useFormat();
  return (
    <div className="version-compare">
      <p className="version-summary" role="status">
        <FormattedMessage
          id="versions.compare.summary"
          values={{
            from: comparison.from.kind,
            to: comparison.to.kind,
            fromName: sideName(comparison.from, 'from'),
            toName: sideName(comparison.to, 'to'),
            summary: summary(comparison.counts, t, list),
          }}
        />
      </p>
      {comparison.paragraphs.map((p, i) =>
        p.type === 'list' ? null : (
          <div
            key={`${p.id}-${i}`}
            className={`compare-block compare-${p.kind}`}
            data-kind={p.kind}
            data-block-id={p.id}
          >
            <span className="version-number">{numberLabel(p, t)}</span>
            {p.type === 'heading' ? (
              <Heading tag={p.tag}>
                <ChangedText paragraph={p} />
              </Heading>
            ) : (
              <p dir="auto">
                <ChangedText paragraph={p} />
              </p>
            )}
            {p.kind !== 'unchanged' && (
              <span className="compare-kind">
                {p.kind === 'changed' && p.moved ? t('versions.kind.changedAndMoved') : t(KIND_LABELS[p.kind])}
                {p.splitFrom ? <> {t('versions.kind.splitFrom')}</> : null}
              </span>
            )}
          </div>
        ),
      )}
    </div>
  );
}
