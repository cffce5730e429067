/** A version's blocks as numbered, read-only paragraphs: no editor, the frozen JSON rendered as text. */
import type { VersionBlock } from '@accord/schema';

const STATUS_LABELS: Record<string, string> = {
  drafting: 'Drafting',
  'under-discussion': 'Under discussion',
  contested: 'Contested',
  'agreed-ad-ref': 'Agreed ad referendum',
  agreed: 'Agreed',
};

function Runs({ block }: { block: VersionBlock }) {
  return (
    <>
      {block.segments.map((s, i) =>
        s.bracket ? (
          <span key={i} className="version-bracket">
            [{s.text}]
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

export function VersionText({ blocks }: { blocks: readonly VersionBlock[] }) {
  return (
    <div className="version-text">
      {blocks.map((block, i) => {
        if (block.type === 'list') return null;
        if (block.type === 'heading') return <h2 key={`${block.id}-${i}`}>{block.text}</h2>;
        return (
          <div key={`${block.id}-${i}`} className={`version-block version-${block.type}`} data-block-id={block.id}>
            <span className="version-number" aria-label={block.number === null ? undefined : `Paragraph ${block.number}`}>
              {block.number ?? (block.type === 'listitem' ? '•' : '')}
            </span>
            <p>
              <Runs block={block} />
              {block.status && <span className="version-status">{STATUS_LABELS[block.status] ?? block.status}</span>}
            </p>
          </div>
        );
      })}
    </div>
  );
}
