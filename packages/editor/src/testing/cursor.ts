/**
 * Test support: a headless editor whose binding has a presence state, so selecting text makes
 * `@lexical/yjs` write `anchorPos` / `focusPos` exactly as the browser's collaboration cursor
 * does — the positions a browser puts into a passage comment's anchor.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import {
  $createRangeSelection,
  $isTextNode,
  $setSelection,
  SKIP_COLLAB_TAG,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import * as Y from 'yjs';
import type { RelativePositionJson } from '../anchors.js';
import { $collectBlocks } from '../blocks.js';
import { editorNodes } from '../nodes.js';

export interface CursorClient {
  readonly editor: LexicalEditor;
  readonly doc: Y.Doc;
  /** Selects characters [start, end) of the `blockIndex`-th block's own text; returns the awareness positions. */
  select(blockIndex: number, start: number, end: number): { start: RelativePositionJson; end: RelativePositionJson };
  close(): void;
}

/** A text point at character `offset` of the block's text nodes (the end of a node when on a boundary and `atEnd`). */
export function $textPoint(blockIndex: number, offset: number, atEnd: boolean): { node: TextNode; offset: number } {
  const block = $collectBlocks()[blockIndex];
  if (!block) throw new Error(`no block ${blockIndex}`);
  let remaining = offset;
  for (const node of block.getAllTextNodes()) {
    if (!$isTextNode(node)) continue;
    const size = node.getTextContentSize();
    if (remaining < size || (atEnd && remaining === size)) return { node, offset: remaining };
    remaining -= size;
  }
  throw new Error(`block ${blockIndex} has no offset ${offset}`);
}

export function openCursorClient(doc: Y.Doc): CursorClient {
  const editor = createHeadlessEditor({
    namespace: 'accord-cursor',
    nodes: [...editorNodes],
    onError: (e) => {
      throw e;
    },
  });
  let state: Record<string, unknown> | null = {
    name: 'tester',
    color: 'red',
    focusing: true,
    anchorPos: null,
    focusPos: null,
    awarenessData: {},
  };
  const noop = (): void => {};
  const provider: Provider = {
    awareness: {
      getLocalState: () => state as never,
      getStates: () => new Map(),
      on: noop,
      off: noop,
      setLocalState: (next) => {
        state = next as Record<string, unknown> | null;
      },
      setLocalStateField: (field, value) => {
        state = { ...state, [field]: value };
      },
    },
    connect: noop,
    disconnect: noop,
    on: noop,
    off: noop,
  };
  const binding = createBinding(editor, provider, 'cursor', doc, new Map([['cursor', doc]]));
  const root = binding.root.getSharedType();
  const onYjs = (events: Array<Y.YEvent<Y.Text>>, tx: Y.Transaction): void => {
    if (tx.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false, () => {});
  };
  root.observeDeep(onYjs);
  const off = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (!tags.has(SKIP_COLLAB_TAG))
        syncLexicalUpdateToYjs(
          binding,
          provider,
          prevEditorState,
          editorState,
          dirtyElements,
          dirtyLeaves,
          normalizedNodes,
          tags,
        );
    },
  );
  editor.update(
    () => {
      binding.root.applyChildrenYjsDelta(binding, root.toDelta());
      binding.root.syncChildrenFromYjs(binding);
    },
    { discrete: true, skipTransforms: true, tag: 'collaboration' },
  );
  return {
    editor,
    doc,
    select(blockIndex, start, end) {
      editor.update(
        () => {
          const from = $textPoint(blockIndex, start, false);
          const to = $textPoint(blockIndex, end, true);
          const selection = $createRangeSelection();
          selection.anchor.set(from.node.getKey(), from.offset, 'text');
          selection.focus.set(to.node.getKey(), to.offset, 'text');
          $setSelection(selection);
        },
        { discrete: true },
      );
      const { anchorPos, focusPos } = state as {
        anchorPos: Y.RelativePosition | null;
        focusPos: Y.RelativePosition | null;
      };
      if (!anchorPos || !focusPos) throw new Error('the binding wrote no cursor positions');
      // Awareness travels as JSON: exactly what the browser reads back from its own state.
      return {
        start: JSON.parse(JSON.stringify(anchorPos)) as RelativePositionJson,
        end: JSON.parse(JSON.stringify(focusPos)) as RelativePositionJson,
      };
    },
    close() {
      root.unobserveDeep(onYjs);
      off();
    },
  };
}
