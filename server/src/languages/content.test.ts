import { $ensureParagraphIds, checkDocumentState } from '@accord/editor';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { changeOnCopy, runInEditor } from '../content/live-edit.js';
import { blocksToYjsUpdate } from '../seed/lexical-content.js';
import { $syncWithOriginal, originalBlocks, versionState } from './content.js';
import { blockTexts, originalParagraphs } from './texts.js';

const original = blocksToYjsUpdate([
  { type: 'heading', level: 2, text: 'Access' },
  { type: 'paragraph', text: 'Connectivity is a right.' },
  { type: 'bullet-list', items: ['Spectrum', 'Skills'] },
  { type: 'paragraph', text: 'Local content drives demand.' },
]);

/** Block ids and texts in document order. */
const rows = (state: Uint8Array) => [...blockTexts(state)].map(([id, b]) => [id, b.type, b.text]);

/** Applies an edit made in a headless editor to `state`; returns the new state. */
function edited(state: Uint8Array, work: () => void): Uint8Array {
  const { update } = changeOnCopy(state, (copy) => runInEditor(copy, work));
  return Y.mergeUpdates([state, update]);
}

describe('a language version’s first content', () => {
  it('has the original’s blocks under the same ids, with their text copied', () => {
    const copy = versionState(original, 'original');
    expect(rows(copy)).toEqual(rows(original));
    expect(checkDocumentState(copy)).toBeUndefined();
  });

  it('starting empty keeps every block and id, lists and their items included, without text', () => {
    const empty = versionState(original, 'empty');
    expect(rows(empty)).toEqual(rows(original).map(([id, type]) => [id, type, '']));
    expect(checkDocumentState(empty)).toBeUndefined();
  });
});

describe('syncing a version with its original', () => {
  it('adds a paragraph added to the original in its place and removes one the original no longer has', () => {
    const version = versionState(original, 'empty');
    const ids = [...blockTexts(original).keys()];
    // The original: a new paragraph after ¶1 ("Connectivity…"), the last paragraph deleted.
    const changed = edited(original, () => {
      const root = $getRoot();
      const added = $createParagraphNode().append($createTextNode('Community networks need spectrum.'));
      root.getChildAtIndex(1)!.insertAfter(added);
      root.getLastChild()!.remove();
      $ensureParagraphIds();
    });
    const { update, value } = changeOnCopy(version, (copy) =>
      runInEditor(copy, () => $syncWithOriginal(originalBlocks(changed), 'original')),
    );
    const synced = Y.mergeUpdates([version, update]);
    const newId = originalParagraphs(changed).find((p) => p.text.startsWith('Community'))!.blockId;
    expect(value).toEqual({ added: [newId], removed: [ids.at(-1)] });
    expect(rows(synced).map(([id, , text]) => [id, text])).toEqual(
      rows(changed).map(([id]) => [id, id === newId ? 'Community networks need spectrum.' : '']),
    );
  });
});
