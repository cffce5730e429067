import { $getEditor, COLLABORATION_TAG, HISTORIC_TAG, RootNode, type LexicalEditor } from 'lexical';
import { $assignBlockIds, $hasIdProblems } from './id-assignment.js';
import { newParagraphId } from './id-state.js';

export { $getBlockId, blockIdState, isValidBlockId, newParagraphId, seededParagraphIds } from './id-state.js';

/** The update tag of the follow-up update that repairs ids after a remote or undo change. */
export const PARAGRAPH_ID_REPAIR_TAG = 'accord-paragraph-id-repair';

/** Options of {@link $ensureParagraphIds}. */
export interface EnsureParagraphIdsOptions {
  /** Where fresh ids come from; {@link newParagraphId} by default. */
  newId?: () => string;
}

/**
 * Gives every paragraph, heading, quote, list and list item of the active state a unique id,
 * following the rules of `$assignBlockIds` (previous owner keeps its id; the first in document
 * order keeps a duplicated one; the rest get fresh ids). For use inside an update that builds
 * content without {@link registerParagraphIds}, such as the server's seeding.
 */
export function $ensureParagraphIds(options: EnsureParagraphIdsOptions = {}): void {
  $assignBlockIds($getEditor().getEditorState(), options.newId ?? newParagraphId);
}

/**
 * Keeps stable block ids in `editor` for as long as it lives; returns the unregister function.
 *
 * Local updates (typing, Enter, Backspace, paste, toolbar) are fixed in the same update by a
 * root transform, Lexical's "update finalizer": the ids are right before `@lexical/yjs`
 * writes the update to Yjs, so no peer ever sees a split paragraph with its parent's id.
 *
 * Remote and undo/redo changes arrive as updates tagged `collaboration` / `historic`, which
 * skip transforms and which the binding never writes back to Yjs. After such an update the
 * listener checks the ids and, if one is missing or duplicated (two people moved the same
 * paragraph concurrently; a peer without this code inserted a block), runs a separate,
 * ordinary update that repairs them and therefore syncs. The repair keeps a duplicated id on
 * the first block in document order, which every client computes identically; each repairing
 * client draws its own fresh id for the others, and Yjs keeps one of those concurrent writes
 * (last-writer-wins on the block's `__state` map), so all replicas converge on one id.
 *
 * Editors that are not editable never write: a read-only participant's changes would be
 * refused by the server and leave its replica diverged.
 */
export function registerParagraphIds(editor: LexicalEditor): () => void {
  let repairScheduled = false;
  const removeTransform = editor.registerNodeTransform(RootNode, () => {
    if (editor.isEditable()) $assignBlockIds(editor.getEditorState(), newParagraphId);
  });
  const removeListener = editor.registerUpdateListener(({ editorState, tags }) => {
    if (!tags.has(COLLABORATION_TAG) && !tags.has(HISTORIC_TAG)) return;
    if (repairScheduled || !editor.isEditable()) return;
    if (!editorState.read(() => $hasIdProblems())) return;
    repairScheduled = true;
    // Discrete: the repair commits (and reaches Yjs) right after this commit, before any other
    // update can be batched with it. Batched with a remote change, it would carry the
    // `collaboration` tag and the binding would not write it to Yjs.
    editor.update(
      () => {
        repairScheduled = false;
        $ensureParagraphIds();
      },
      { discrete: true, tag: PARAGRAPH_ID_REPAIR_TAG },
    );
  });
  return () => {
    removeTransform();
    removeListener();
  };
}
