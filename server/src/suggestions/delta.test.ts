import { $rejectSuggestion, $suggestInsertText, blockChanges } from '@accord/editor';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraphs, openTestClient } from '../../../packages/editor/src/testing/harness.js';
import { $select } from '../../../packages/editor/src/testing/suggestion-text.js';
import { suggestionChanges, suggestionIds } from './delta.js';

/** What applying `update` to a copy of `doc` did to suggestions, read inside its transaction. */
function changesOf(doc: Y.Doc, update: Uint8Array): ReturnType<typeof suggestionChanges> {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  let result: ReturnType<typeof suggestionChanges> | undefined;
  Y.transact(replica, (transaction) => {
    Y.applyUpdate(replica, update);
    result = suggestionChanges(blockChanges(transaction), replica);
  });
  return result!;
}

/** The update an edit of `client`'s editor sends. */
function edit(client: ReturnType<typeof openTestClient>, work: () => void): Uint8Array {
  const before = Y.encodeStateVector(client.doc);
  client.editor.update(work, { discrete: true });
  return Y.encodeStateAsUpdate(client.doc, before);
}

describe('suggestionChanges', () => {
  it('sees a new suggestion and its growing text, and one that left the whole document', () => {
    const client = openTestClient();
    appendParagraphs(client.editor, 'Hello world');
    const base = Y.encodeStateAsUpdate(client.doc);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);

    const made = edit(client, () => {
      $select(0, 5);
      $suggestInsertText(' there', { personId: 'ana' });
    });
    const first = changesOf(doc, made);
    expect(first.gone).toEqual([]);
    expect(first.seen).toEqual([
      { id: expect.any(String), kind: 'insert', by: 'ana', blockId: expect.any(String), text: ' there' },
    ]);
    Y.applyUpdate(doc, made);
    const id = first.seen[0]!.id;
    expect(suggestionIds(doc)).toEqual(new Set([id]));

    const grown = edit(client, () => $suggestInsertText('!', { personId: 'ana' }));
    expect(changesOf(doc, grown).seen.map((s) => s.text)).toEqual([' there!']);
    Y.applyUpdate(doc, grown);

    const rejected = edit(client, () => $rejectSuggestion(id));
    expect(changesOf(doc, rejected)).toEqual({ seen: [], gone: [id] });
  });
});
