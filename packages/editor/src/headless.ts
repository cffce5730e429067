import { createHeadlessEditor } from '@lexical/headless';
import {
  createBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
  type SyncCursorPositionsFn,
} from '@lexical/yjs';
import { COLLABORATION_TAG, SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { editorNodes } from './nodes.js';
import { placeholderExclusions, placeholderNodes, tolerateUnknownNodes } from './unsupported-node.js';

/** A headless Lexical editor kept in sync with a Y.Doc, in both directions. */
export interface HeadlessCollabEditor {
  readonly editor: LexicalEditor;
  readonly binding: Binding;
  readonly doc: Y.Doc;
  /** Stops syncing. The doc stays usable and belongs to the caller. */
  close(): void;
}

/**
 * A provider-shaped object for a binding that has no network and no presence. A `null` local
 * awareness state makes the binding skip all cursor bookkeeping, and an empty state map means
 * there are no remote cursors to draw.
 */
function createHeadlessProvider(): Provider {
  const noop = (): void => {};
  return {
    awareness: {
      getLocalState: () => null,
      getStates: () => new Map(),
      on: noop,
      off: noop,
      setLocalState: noop,
      setLocalStateField: noop,
    },
    connect: noop,
    disconnect: noop,
    on: noop,
    off: noop,
  };
}

// The default cursor sync draws remote carets into the DOM and calls `getRootElement()`,
// which a headless editor throws on as soon as a remote user is focused.
const skipCursorSync: SyncCursorPositionsFn = () => {};

/**
 * Binds a new headless editor to `doc`, wired as `@lexical/react`'s `useYjsCollaboration`
 * wires the browser: remote Yjs changes reach Lexical through `observeDeep` and
 * `syncYjsChangesToLexical`, and Lexical updates reach Yjs through an update listener and
 * `syncLexicalUpdateToYjs` (origin: the binding).
 *
 * The binding only reacts to changes, so content already in `doc` is loaded explicitly
 * (the root's delta applied to the collab root, as Lexical's own tests reload a stored doc).
 * Use `editor.read(...)` to read: it first commits Yjs changes that arrived since the last
 * read. Write with `editor.update(..., { discrete: true })` to have Yjs updated on return.
 *
 * Commit remote changes (`editor.read`) before a local edit when both happen in one tick:
 * Lexical batches pending updates, and a local edit batched with a remote one carries its
 * `collaboration` tag, so the binding does not write it to Yjs.
 *
 * Bind one editor per Y.Doc: the binding keeps its bookkeeping on the shared types. To render
 * a doc that is bound elsewhere (the server's live doc), use `renderYDoc`, which reads a copy.
 *
 * Opening and reading never write to `doc`: block ids are not maintained here. A server
 * session that edits should call `$ensureParagraphIds()` in its update (as seeding does) or
 * `registerParagraphIds(editor)`; one that only renders must not.
 */
export function openHeadlessCollabEditor(doc: Y.Doc, id = 'main'): HeadlessCollabEditor {
  const editor = createHeadlessEditor({
    namespace: 'accord-headless',
    nodes: [...editorNodes, ...placeholderNodes],
    onError: (error) => {
      throw error;
    },
  });
  // A stored node of a type no class is registered for loads as a placeholder, not a throw (F2).
  tolerateUnknownNodes(editor, doc);
  const provider = createHeadlessProvider();
  const binding = createBinding(editor, provider, id, doc, new Map([[id, doc]]), placeholderExclusions());
  const sharedRoot = binding.root.getSharedType();

  const onYjsChanges = (events: Array<Y.YEvent<Y.Text>>, transaction: Y.Transaction): void => {
    if (transaction.origin !== binding) {
      syncYjsChangesToLexical(binding, provider, events, transaction.origin instanceof Y.UndoManager, skipCursorSync);
    }
  };
  sharedRoot.observeDeep(onYjsChanges);
  const removeUpdateListener = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (!tags.has(SKIP_COLLAB_TAG)) {
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
      }
    },
  );

  if (sharedRoot.length > 0) {
    // Same tag and options as the remote-change path, so the loaded content is not written
    // back to Yjs and no transform alters it on the Lexical side only.
    editor.update(
      () => {
        binding.root.applyChildrenYjsDelta(binding, sharedRoot.toDelta());
        binding.root.syncChildrenFromYjs(binding);
      },
      { discrete: true, skipTransforms: true, tag: COLLABORATION_TAG },
    );
  }

  return {
    editor,
    binding,
    doc,
    close() {
      sharedRoot.unobserveDeep(onYjsChanges);
      removeUpdateListener();
    },
  };
}
