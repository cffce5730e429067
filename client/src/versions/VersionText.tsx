/** A version's blocks as numbered, read-only paragraphs: no editor, the frozen JSON rendered with its formatting. */
import type { VersionBlock } from '@accord/schema';
import { useT } from '../i18n/useT.js';
import { BracketAlternatives, FormattedText } from './FormattedText.js';
import { STATUS_LABELS } from './labels.js';
import { listMarkers } from './runs.js';

/** `h1`…`h6` for a heading block's tag; `h2` when it has none or an odd one. */
export function headingTag(tag: string | undefined): 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return tag && /^h[1-6]$/.test(tag) ? (tag as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6') : 'h2';
}

export function VersionText({ blocks }: { blocks: readonly VersionBlock[] }) {
  const t = useT();
  const markers = listMarkers(blocks);
  return (
    <div className="version-text">
      {blocks.map((block, i) => {
        if (block.type === 'list') return null;
        if (block.type === 'heading') {
          // The heading's own level, styled as the editor styles it (document.css), in the text column:
          // a row of its own, so the column follows the page's direction while the heading takes its text's.
          const Tag = headingTag(block.tag);
          return (
            <div key={`${block.id}-${i}`} className="version-heading-row">
              <Tag className={`doc-${Tag}`} data-block-id={block.id} dir="auto">
                <FormattedText block={block} />
              </Tag>
            </div>
          );
        }
        if (block.type === 'listitem' && markers[i] === null) return null;
        const depth = block.type === 'listitem' ? (block.list?.depth ?? 0) : 0;
        return (
          <div
            key={`${block.id}-${i}`}
            className={`version-block version-${block.type}`}
            data-block-id={block.id}
            style={depth > 0 ? { paddingInlineStart: `${depth * 1.5}rem` } : undefined}
          >
            <span
              className="version-number"
              aria-label={
                block.number === null ? undefined : t('common.paragraphLong', { number: block.label ?? block.number })
              }
            >
              {block.label ?? block.number ?? markers[i] ?? ''}
            </span>
            <p dir="auto">
              <FormattedText block={block} />
              {block.status && (
                <bdi className="version-status">
                  {Object.hasOwn(STATUS_LABELS, block.status) ? t(STATUS_LABELS[block.status]!) : block.status}
                </bdi>
              )}
            </p>
            <BracketAlternatives block={block} className="version-alternatives" />
          </div>
        );
      })}
    </div>
  );
}
