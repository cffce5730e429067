import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { BracketNode } from './bracket-node.js';
import { SuggestionNode } from './suggestion-node.js';

/**
 * The node classes every Accord editor registers, in the browser and on the server.
 *
 * A Yjs element whose `__type` has no registered class makes `@lexical/yjs` throw, so the
 * server's headless editors must know every class a browser may write. Add a class here,
 * never only in the client. Stable paragraph ids need no class of their own: they live in
 * NodeState (see `paragraph-id.ts`), which every node supports. `BracketNode` is Accord's own
 * (bracketed text, issue 6), and so is `SuggestionNode` (suggested changes, issue 13).
 */
export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  BracketNode,
  SuggestionNode,
];
