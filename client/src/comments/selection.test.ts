import {
  BlockIndex,
  openHeadlessCollabEditor,
  registerParagraphIds,
  resolveAnchor,
  snapshotPassage,
} from '@accord/editor';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorFor, targetOf, type SelectionTarget } from './selection.js';
import { FakeNode } from './testing/fake-dom.js';

/** A shared document with two paragraphs, written as the browser's editor writes it. */
function sharedDoc() {
  const doc = new Y.Doc();
  const client = openHeadlessCollabEditor(doc);
  registerParagraphIds(client.editor);
  client.editor.update(
    () => {
      $getRoot().append(
        $createParagraphNode().append($createTextNode('The forum met online and agreed.')),
        $createParagraphNode().append($createTextNode('Second paragraph.')),
      );
    },
    { discrete: true },
  );
  return { doc, client };
}

const target = (
  index: BlockIndex,
  i: number,
  start: number,
  end: number,
  extra: Partial<SelectionTarget> = {},
): SelectionTarget => ({
  blockId: index.blocks[i]!.id,
  start,
  end,
  clipped: false,
  domText: index.blocks[i]!.text,
  ...extra,
});

describe('anchorFor', () => {
  it('makes a passage anchor that the server accepts and that resolves to the selected words', () => {
    const { doc, client } = sharedDoc();
    const index = new BlockIndex(doc);
    expect(index.blocks[0]!.id).not.toBe('');
    const choice = anchorFor(index, target(index, 0, 10, 20));
    if (!('anchor' in choice) || choice.anchor.kind !== 'passage') throw new Error('expected a passage');
    expect(choice.about).toBe('met online');
    const json = JSON.parse(JSON.stringify(choice.anchor)) as typeof choice.anchor;
    expect(snapshotPassage(index, json)).toMatchObject({ quote: 'met online', start: 10, end: 20 });
    expect(resolveAnchor(index, json)).toMatchObject({ found: true, start: 10, end: 20, by: 'positions' });
    client.close();
  });

  it('comments on the whole paragraph for a caret, blank or very long selection', () => {
    const { doc, client } = sharedDoc();
    const index = new BlockIndex(doc);
    const id = index.blocks[1]!.id;
    expect(anchorFor(index, target(index, 1, 3, 3))).toEqual({
      anchor: { kind: 'block', blockId: id },
      about: '',
      number: 2,
      note: null,
    });
    const long = anchorFor(index, target(index, 1, 0, 5000, { domText: index.blocks[1]!.text }));
    expect(long).toMatchObject({
      anchor: { kind: 'block', blockId: id },
      note: { id: 'comments.selection.tooLong', values: { max: 2000, number: 2 } },
    });
    client.close();
  });

  it('says so when the selection was clipped, and refuses when the DOM lags behind', () => {
    const { doc, client } = sharedDoc();
    const index = new BlockIndex(doc);
    expect(anchorFor(index, target(index, 0, 4, 32, { clipped: true }))).toMatchObject({
      note: { id: 'comments.selection.clipped', values: { number: 1 } },
    });
    expect(anchorFor(index, target(index, 0, 0, 3, { domText: 'older text' }))).toEqual({
      problem: { id: 'comments.selection.changing' },
    });
    expect(anchorFor(index, target(index, 0, 0, 3, { blockId: 'pUnknown' }))).toEqual({
      problem: { id: 'comments.selection.notShared' },
    });
    client.close();
  });
});

describe('targetOf', () => {
  const a = new FakeNode(3, '#text', 'First block');
  const b = new FakeNode(3, '#text', 'Second');
  const p1 = new FakeNode(1, 'P', undefined, { 'data-block-id': 'p1' }).append(new FakeNode(1, 'SPAN').append(a));
  const p2 = new FakeNode(1, 'P', undefined, { 'data-block-id': 'p2' }).append(new FakeNode(1, 'SPAN').append(b));
  const root = new FakeNode(1, 'DIV').append(p1, p2);

  it('reads a selection inside one block', () => {
    expect(targetOf(root, { node: a, offset: 6 }, { node: a, offset: 11 })).toEqual({
      blockId: 'p1',
      start: 6,
      end: 11,
      clipped: false,
      domText: 'First block',
    });
  });

  it('keeps the first block of a selection across blocks', () => {
    expect(targetOf(root, { node: a, offset: 6 }, { node: b, offset: 3 })).toMatchObject({
      blockId: 'p1',
      start: 6,
      end: 11,
      clipped: true,
    });
    // A triple-click ends at the start of the next block: nothing of it is selected.
    expect(targetOf(root, { node: a, offset: 0 }, { node: p2, offset: 0 })).toMatchObject({
      blockId: 'p1',
      start: 0,
      end: 11,
      clipped: false,
    });
    // Points on the root itself.
    expect(targetOf(root, { node: root, offset: 0 }, { node: root, offset: 1 })).toMatchObject({
      blockId: 'p1',
      start: 0,
      end: 11,
      clipped: false,
    });
  });

  it('ignores selections outside the blocks', () => {
    expect(targetOf(root, { node: new FakeNode(3, '#text', 'x'), offset: 0 }, { node: a, offset: 1 })).toBeNull();
  });
});
