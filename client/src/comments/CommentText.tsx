/**
 * A comment's text as React elements, from the tree `parseCommentText` builds. Only elements
 * named here are ever created and every string goes in as a text child, so markup typed into a
 * comment is shown, never run (no innerHTML anywhere).
 */
import { useMemo, type ReactNode } from 'react';
import { parseCommentText, type Inline } from './text.js';

function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={i} />;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'mention':
        return (
          <span key={i} className="comment-mention">
            @{node.name}
          </span>
        );
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

/** Renders comment text; `mentionNames` are the names of the people the comment mentions. */
export function CommentText({ text, mentionNames }: { text: string; mentionNames?: readonly string[] }) {
  const blocks = useMemo(() => parseCommentText(text, { mentionNames: mentionNames ?? [] }), [text, mentionNames]);
  return (
    <div className="comment-text">
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{renderInline(block.children)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
        return block.ordered ? (
          <ol key={i} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      })}
    </div>
  );
}
