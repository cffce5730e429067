import { $ensureParagraphIds, newParagraphId, openHeadlessCollabEditor, seededParagraphIds } from '@accord/editor';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isParagraphNode, type ElementNode } from 'lexical';
import * as Y from 'yjs';
import type { SeedBlock } from './content/index.js';

/** A top-level block as text, the way the editor shows it; list items come one per entry. */
export interface PlainBlock {
  /** `h1`–`h6`, `paragraph`, `quote`, `bullet-item` / `number-item` / `check-item`, or a Lexical node type. */
  type: string;
  text: string;
}

/** Options of {@link blocksToYjsUpdate}. */
export interface BlocksToYjsOptions {
  /**
   * The Yjs client id that authors the seed. By default a random one, like any Yjs client.
   * With a fixed id the update is byte-for-byte reproducible, so two servers that seed the
   * same document concurrently produce the same items and merging them does not duplicate
   * text. Only safe if the seed content is identical wherever that id is used: two different
   * seeds under one id would share item ids and silently diverge. The blocks' ids are then
   * derived from the client id and the content too, for the same reason.
   */
  clientID?: number;
}

/**
 * Encodes seed blocks as a Yjs update (`Y.encodeStateAsUpdate` of a fresh doc) holding the
 * Lexical content exactly as `@lexical/yjs` lays it out for the browser editor: the root
 * `XmlText` named `root`, one `XmlText` per element (heading, paragraph, list, list item)
 * with its properties as attributes, and a `Y.Map` per text node. Every block gets its
 * permanent id (`@accord/editor`'s NodeState `pid`, in the element's `__state` map).
 *
 * The content is written by a real headless Lexical editor through the binding rather than
 * assembled by hand, so it matches whatever this version of `@lexical/yjs` expects.
 * Apply the result only to an empty document, once: every call creates new Yjs items, and
 * two seeds applied to one document would show the content twice.
 */
export function blocksToYjsUpdate(blocks: SeedBlock[], options: BlocksToYjsOptions = {}): Uint8Array {
  blocks.forEach(assertValidBlock);
  const doc = new Y.Doc();
  if (options.clientID !== undefined) doc.clientID = options.clientID;
  const session = openHeadlessCollabEditor(doc);
  try {
    const newId =
      options.clientID === undefined
        ? newParagraphId
        : seededParagraphIds(`${options.clientID}:${JSON.stringify(blocks)}`);
    // `discrete` commits at once, and the commit's update listener writes Yjs synchronously.
    session.editor.update(
      () => {
        $appendBlocks(blocks);
        $ensureParagraphIds({ newId });
      },
      { discrete: true },
    );
    return Y.encodeStateAsUpdate(doc);
  } finally {
    session.close();
    doc.destroy();
  }
}

/**
 * Reads a Yjs update back the way a browser editor would receive it: a second headless editor
 * is bound to an empty doc, the update is applied as a remote change (the binding's
 * `observeDeep` → `syncYjsChangesToLexical` path), and the resulting editor state is read.
 */
export function yjsUpdateToPlainBlocks(update: Uint8Array): PlainBlock[] {
  const doc = new Y.Doc();
  const session = openHeadlessCollabEditor(doc);
  try {
    Y.applyUpdate(doc, update);
    return session.editor.read(() => $readPlainBlocks());
  } finally {
    session.close();
    doc.destroy();
  }
}

/** What {@link yjsUpdateToPlainBlocks} returns for content seeded from `blocks`. */
export function seedBlocksToPlainBlocks(blocks: SeedBlock[]): PlainBlock[] {
  return blocks.flatMap((block): PlainBlock[] => {
    switch (block.type) {
      case 'heading':
        return [{ type: `h${block.level}`, text: block.text }];
      case 'paragraph':
        return [{ type: 'paragraph', text: block.text }];
      case 'bullet-list':
        return block.items.map((text) => ({ type: 'bullet-item', text }));
    }
  });
}

/** Reads the current editor state's top-level blocks. Call inside `editor.read`. */
export function $readPlainBlocks(): PlainBlock[] {
  return $getRoot()
    .getChildren()
    .flatMap((node): PlainBlock[] => {
      if ($isListNode(node)) return $readListItems(node);
      if ($isHeadingNode(node)) return [{ type: node.getTag(), text: node.getTextContent() }];
      if ($isQuoteNode(node)) return [{ type: 'quote', text: node.getTextContent() }];
      if ($isParagraphNode(node)) return [{ type: 'paragraph', text: node.getTextContent() }];
      return [{ type: node.getType(), text: node.getTextContent() }];
    });
}

function $readListItems(list: ListNode): PlainBlock[] {
  const type = `${list.getListType()}-item`;
  return list.getChildren().flatMap((item): PlainBlock[] => {
    if (!$isListItemNode(item)) return [];
    // A nested list lives in an item of its own; its items are listed after their parent.
    const nested = item.getChildren().filter($isListNode);
    if (nested.length > 0) return nested.flatMap($readListItems);
    return [{ type, text: item.getTextContent() }];
  });
}

function $appendBlocks(blocks: SeedBlock[]): void {
  const root = $getRoot();
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        root.append(withText($createHeadingNode(`h${block.level}`), block.text));
        break;
      case 'paragraph':
        root.append(withText($createParagraphNode(), block.text));
        break;
      case 'bullet-list': {
        const list = $createListNode('bullet');
        for (const item of block.items) list.append(withText($createListItemNode(), item));
        root.append(list);
        break;
      }
    }
  }
}

function withText<T extends ElementNode>(element: T, text: string): T {
  // An empty text node would be normalized away; an element without children is the
  // editor's own way of holding an empty block.
  if (text !== '') element.append($createTextNode(text));
  return element;
}

// Line breaks and tabs are separate node types in Lexical (LineBreakNode, TabNode); inside a
// plain text node they would render differently from how the browser editor types them.
const FORBIDDEN_IN_TEXT = /[\n\r\t]/;

function assertValidBlock(block: SeedBlock, index: number): void {
  const texts = block.type === 'bullet-list' ? block.items : [block.text];
  if (block.type === 'heading' && ![1, 2, 3].includes(block.level)) {
    throw new TypeError(`seed block ${index}: heading level must be 1, 2 or 3`);
  }
  if (block.type === 'bullet-list' && block.items.length === 0) {
    throw new TypeError(`seed block ${index}: a bullet list needs at least one item`);
  }
  for (const text of texts) {
    if (FORBIDDEN_IN_TEXT.test(text)) {
      throw new TypeError(`seed block ${index}: text must be one line without tabs`);
    }
  }
}
