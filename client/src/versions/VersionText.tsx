/** A version's blocks as numbered, read-only paragraphs: no editor, the frozen JSON rendered with its formatting. */
import type { VersionBlock } from '@accord/schema';
import { BracketAlternatives, FormattedText } from './FormattedText.js';
import { listMarkers } from './runs.js';

const STATUS_LABELS: Record<string, string> = {
  drafting: 'Drafting',
  'under-discussion': 'Under discussion',
  contested: 'Contested',
  'agreed-ad-ref': 'Agreed ad referendum',
  agreed: 'Agreed',
};

/** `h1`…`h6` for a heading block's tag; `h2` when it has none or an odd one. */
export function headingTag(tag: string | undefined): 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return tag && /^h[1-6]$/.test(tag) ? (tag as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6') : 'h2';
}

export function VersionText({ blocks }: { blocks: readonly VersionBlock[] }) {
  const markers = listMarkers(blocks);
  return (
    <div className="version-text">
      {blocks.map((block, i) => {
        if (block.type === 'list') return null;
        if (block.type === 'heading') {
          // The heading's own level, styled as the editor styles it (document.css).
          const Tag = headingTag(block.tag);
          return (
            <Tag key={`${block.id}-${i}`} className={`doc-${Tag}`} data-block-id={block.id}>
              <FormattedText block={block} />
            </Tag>
          );
        }
        if (block.type === 'listitem' && markers[i] === null) return null;
        const depth = block.type === 'listitem' ? (block.list?.depth ?? 0) : 0;
        return (
          <div
            key={`${block.id}-${i}`}
            className={`version-block version-${block.type}`}
            data-block-id={block.id}
            style={depth > 0 ? { paddingLeft: `${depth * 1.5}rem` } : undefined}
          >
            <span
              className="version-number"
              aria-label={block.number === null ? undefined : `Paragraph ${block.label ?? block.number}`}
            >
              {block.label ?? block.number ?? markers[i] ?? ''}
            </span>
            <p>
              <FormattedText block={block} />
              {block.status && <span className="version-status">{STATUS_LABELS[block.status] ?? block.status}</span>}
            </p>
            <BracketAlternatives block={block} className="version-alternatives" />
          </div>
        );
      })}
    </div>
  );
}
