/**
 * Test support: headless editors bound to Y.Docs with the same plugins the browser registers
 * (rich text commands, lists, paragraph ids, the binding's Yjs undo manager). Not exported from
 * the package; only tests import it.
 */
import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import { createUndoManager } from '@lexical/yjs';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $getSelection,
  $isRangeSelection,
  $parseSerializedNode,
  DELETE_CHARACTER_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { afterEach, expect } from 'vitest';
import * as Y from 'yjs';
import { $collectBlocks, $ownText, blockTypeOf, type BlockType } from '../blocks.js';
import { openHeadlessCollabEditor, type HeadlessCollabEditor } from '../headless.js';
import { $getBlockId, registerParagraphIds } from '../paragraph-id.js';
import { NETWORK_ORIGIN } from './network.js';

export interface TestClient extends HeadlessCollabEditor {
  readonly undoManager: Y.UndoManager;
}

/**
 * A headless editor on `doc` wired like the browser's: `CollaborationPlugin` (binding + the
 * undo manager `createUndoManager` makes, tracking the binding's origin), `RichTextPlugin`,
 * `ListPlugin` and `registerParagraphIds`.
 */
export function openTestClient(doc: Y.Doc = new Y.Doc()): TestClient {
  const session = openHeadlessCollabEditor(doc);
  const undoManager = createUndoManager(session.binding, session.binding.root.getSharedType());
  const unregister = [
    registerRichText(session.editor),
    registerList(session.editor),
    registerParagraphIds(session.editor),
  ];
  return {
    ...session,
    undoManager,
    close() {
      for (const off of unregister) off();
      undoManager.destroy();
      session.close();
    },
  };
}

/**
 * Sends `to` what `from` has and it lacks, as a provider would (with an origin of its own, so
 * the receiver's undo manager does not take it for a local edit), and commits the resulting
 * editor update. Committing matters: Lexical batches pending updates, and a local edit batched
 * with a remote one carries its `collaboration` tag and is not written to Yjs.
 */
export function deliver(from: Y.Doc, to: HeadlessCollabEditor): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to.doc)), NETWORK_ORIGIN);
  to.editor.read(() => undefined);
}

/** A new doc with the same content (a replica that has synced once). */
export function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Asserts that every id has the shape of `newParagraphId` and no id appears twice. */
export function expectValidIds(ids: readonly string[], context = ''): void {
  expect(
    ids.filter((id) => !/^p[A-Za-z0-9_-]{12}$/.test(id)),
    `malformed ids ${context}`,
  ).toEqual([]);
  expect(ids.length - new Set(ids).size, `duplicated ids ${context}`).toBe(0);
}

/** What a test asserts about a block. */
export interface TestBlock {
  id: string;
  type: BlockType;
  text: string;
}

/** The tracked blocks of the editor's current state (pending Yjs changes applied first). */
export function readBlocks(editor: LexicalEditor): TestBlock[] {
  return editor.read(() =>
    $collectBlocks().map((block) => ({ id: $getBlockId(block), type: blockTypeOf(block)!, text: $ownText(block) })),
  );
}

/** Appends one paragraph per text, in one discrete update. */
export function appendParagraphs(editor: LexicalEditor, ...texts: string[]): void {
  editor.update(
    () => {
      for (const text of texts) {
        const paragraph = $createParagraphNode();
        if (text !== '') paragraph.append($createTextNode(text));
        $getRoot().append(paragraph);
      }
    },
    { discrete: true },
  );
}

/** The `index`-th tracked block of the active state. */
export function $blockAt(index: number): ElementNode {
  const block = $collectBlocks()[index];
  if (block === undefined) throw new Error(`no block ${index}`);
  return block;
}

/** Puts a collapsed caret at character `offset` of the `index`-th block's own text. */
export function $caretAt(index: number, offset: number): void {
  const block = $blockAt(index);
  if (offset === 0) {
    block.selectStart();
    return;
  }
  let remaining = offset;
  for (const node of block.getAllTextNodes()) {
    const size = node.getTextContentSize();
    if (remaining <= size) {
      node.select(remaining, remaining);
      return;
    }
    remaining -= size;
  }
  throw new Error(`block ${index} has no offset ${offset}`);
}

/**
 * Enter with the caret at `offset` of block `index`, as the browser's rich-text plugin handles
 * it (INSERT_PARAGRAPH_COMMAND), committed at once so Yjs has it on return.
 */
export function pressEnter(editor: LexicalEditor, index: number, offset: number): void {
  editor.update(
    () => {
      $caretAt(index, offset);
      editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
    },
    { discrete: true },
  );
}

/** Backspace with the caret at `offset` of block `index` (DELETE_CHARACTER_COMMAND, backward). */
export function pressBackspace(editor: LexicalEditor, index: number, offset: number): void {
  editor.update(
    () => {
      $caretAt(index, offset);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    },
    { discrete: true },
  );
}

/** The ids of `editor`, in document order. */
export function idsOf(editor: LexicalEditor): string[] {
  return readBlocks(editor).map((b) => b.id);
}

/**
 * A node and its descendants as JSON, as `@lexical/clipboard` puts them on the clipboard
 * (NodeState included, under `$`).
 */
export function $serializeTree(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON() as SerializedLexicalNode & { children?: SerializedLexicalNode[] };
  if ($isElementNode(node)) json.children = node.getChildren().map($serializeTree);
  return json;
}

/**
 * Pastes serialized nodes at the current selection the way `@lexical/clipboard`'s
 * `$insertGeneratedNodes` does for Lexical content: parse, then `selection.insertNodes`.
 */
export function $paste(nodes: SerializedLexicalNode[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('paste needs a range selection');
  selection.insertNodes(nodes.map((json) => $parseSerializedNode(json)));
}

/** A factory for test clients that are closed after each test of the calling file. */
export function useTestClients(): (doc?: Y.Doc) => TestClient {
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  return (doc) => {
    const c = openTestClient(doc);
    clients.push(c);
    return c;
  };
}
