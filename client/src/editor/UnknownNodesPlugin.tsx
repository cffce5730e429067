/**
 * Lets the editor show a document that holds nodes of a type this version of Accord does not
 * register (finding F2 of issue 12): each shows as "[unsupported content: <type>]" and the rest
 * of the document loads, instead of the binding throwing and the page staying empty. Must be
 * rendered before the CollaborationPlugin loads content; it patches the editor once.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type * as Y from 'yjs';
import { tolerateUnknownNodes } from '@accord/editor';

export function UnknownNodesPlugin({ doc }: { doc: Y.Doc }): null {
  const [editor] = useLexicalComposerContext();
  // During render, so it is in place before any effect of a later plugin binds the doc; idempotent.
  tolerateUnknownNodes(editor, doc);
  return null;
}
