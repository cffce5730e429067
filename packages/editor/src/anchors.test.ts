import {
  $createRangeSelection,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BlockIndex, resolveAnchor, snapshotPassage, type AnchorLike, type RelativePositionJson } from './anchors.js';
import { renderYDoc } from './render-doc.js';
import { $textPoint, openCursorClient } from './testing/cursor.js';
import {
  $blockAt,
  $caretAt,
  appendParagraphs,
  deliver,
  pressEnter,
  readBlocks,
  useTestClients,
  type TestClient,
} from './testing/harness.js';
import { $buildSampleDocument } from './testing/sample.js';

const client = useTestClients();

type Passage = Extract<AnchorLike, { kind: 'passage' }>;

/**
 * A passage anchored as the browser and the server do it together: the browser's cursor
 * positions (from a real `@lexical/yjs` binding with presence), then the server's snapshot
 * (authoritative quote and context).
 */
function anchorPassage(doc: Y.Doc, blockIndex: number, start: number, end: number): Passage {
  const cursor = openCursorClient(copyDoc(doc));
  const positions = cursor.select(blockIndex, start, end);
  cursor.close();
  const index = new BlockIndex(doc);
  const block = index.blocks[blockIndex]!;
  const snapshot = snapshotPassage(index, {
    kind: 'passage',
    blockId: block.id,
    ...positions,
    quote: 'as the browser saw it',
  });
  if ('problem' in snapshot) throw new Error(`cannot anchor: ${snapshot.problem}`);
  return {
    kind: 'passage',
    blockId: block.id,
    ...positions,
    quote: snapshot.quote,
    prefix: snapshot.prefix,
    suffix: snapshot.suffix,
  };
}

function copyDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const resolve = (doc: Y.Doc, anchor: AnchorLike) => resolveAnchor(new BlockIndex(doc), anchor);

/** What a resolution shows a reader: the block's id and the passage's text, or that it was removed. */
function shown(doc: Y.Doc, anchor: AnchorLike): { blockId: string; text: string } | 'text removed' {
  const r = resolve(doc, anchor);
  return r.found ? { blockId: r.block.id, text: r.text } : 'text removed';
}

/** Types `text` with the caret at `offset` of a block's text. */
function typeAt(editor: LexicalEditor, blockIndex: number, offset: number, text: string): void {
  editor.update(
    () => {
      $caretAt(blockIndex, offset);
      rangeSelection().insertText(text);
    },
    { discrete: true },
  );
}

function rangeSelection(): RangeSelection {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('no range selection');
  return selection;
}

/** Deletes characters [start, end) of a block's text. */
function deleteRange(editor: LexicalEditor, blockIndex: number, start: number, end: number): void {
  selectAnd(editor, blockIndex, start, end, () => rangeSelection().removeText());
}

/** Applies a text format to characters [start, end) of a block's text, as the toolbar does. */
function format(editor: LexicalEditor, blockIndex: number, start: number, end: number): void {
  selectAnd(editor, blockIndex, start, end, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'));
}

function selectAnd(editor: LexicalEditor, blockIndex: number, start: number, end: number, act: () => void): void {
  editor.update(
    () => {
      const from = $textPoint(blockIndex, start, false);
      const to = $textPoint(blockIndex, end, true);
      const selection = $createRangeSelection();
      selection.anchor.set(from.node.getKey(), from.offset, 'text');
      selection.focus.set(to.node.getKey(), to.offset, 'text');
      $setSelection(selection);
      act();
    },
    { discrete: true },
  );
}

function sync(...clients: TestClient[]): void {
  for (const from of clients) for (const to of clients) if (from !== to) deliver(from.doc, to);
}

describe('BlockIndex', () => {
  it('lists the same blocks, ids, numbers and text as the JSON rendering', () => {
    const author = client();
    author.editor.update(() => $buildSampleDocument(), { discrete: true });
    const rendered = renderYDoc(author.doc, 'json').paragraphs.map(({ id, number, type, text }) => ({
      id,
      number,
      type,
      text,
    }));
    expect(new BlockIndex(author.doc).blocks).toEqual(rendered);
  });

  it('makes the same positions as the collaboration cursor, in plain, formatted and linked text', () => {
    const author = client();
    author.editor.update(() => $buildSampleDocument(), { discrete: true });
    const index = new BlockIndex(author.doc);
    const cursor = openCursorClient(copyDoc(author.doc));
    // Block 1: 'The group met online and agreed on the draft.' — formats and a link inside.
    for (const [start, end] of [
      [0, 3],
      [4, 18],
      [14, 20],
      [39, 44],
      [44, 45],
      [10, 45],
    ] as const) {
      const selected = cursor.select(1, start, end);
      const block = index.blocks[1]!;
      const made = { start: index.positionAt(block, start, 0), end: index.positionAt(block, end, -1) };
      expect(
        Y.compareRelativePositions(
          Y.createRelativePositionFromJSON(made.start),
          Y.createRelativePositionFromJSON(selected.start),
        ),
        `start of ${start}-${end}`,
      ).toBe(true);
      expect(
        Y.compareRelativePositions(
          Y.createRelativePositionFromJSON(made.end),
          Y.createRelativePositionFromJSON(selected.end),
        ),
        `end of ${start}-${end}`,
      ).toBe(true);
      const resolved = resolveAnchor(index, { kind: 'passage', blockId: block.id, ...selected, quote: 'x' });
      expect(resolved).toMatchObject({ found: true, start, end, text: block.text.slice(start, end), by: 'positions' });
    }
    cursor.close();
  });
});

describe('a passage anchor', () => {
  it('covers the same words after concurrent inserts before, inside and after it by two other clients', () => {
    const author = client();
    appendParagraphs(author.editor, 'We note the importance of open standards for all.');
    const anchor = anchorPassage(author.doc, 0, 12, 22); // "importance"
    expect(anchor.quote).toBe('importance');
    const a = client(copyDoc(author.doc));
    const b = client(copyDoc(author.doc));
    typeAt(a.editor, 0, 3, 'all '); // before: "We all note the …"
    typeAt(b.editor, 0, 17, '-'); // inside: "impor-tance"
    typeAt(a.editor, 0, 26, ' broad'); // after (in a's text): "importance broad of"
    typeAt(b.editor, 0, 23, '!'); // right after the passage, concurrently with a's insert
    sync(a, b);
    expect(readBlocks(a.editor)).toEqual(readBlocks(b.editor));
    expect(readBlocks(a.editor)[0]!.text).toBe('We all note the impor-tance! broad of open standards for all.');
    expect(shown(a.doc, anchor)).toEqual({ blockId: anchor.blockId, text: 'impor-tance' });
    expect(shown(b.doc, anchor)).toEqual(shown(a.doc, anchor));
  });

  it('is reported removed, with its quote kept, when its text is deleted', () => {
    const editor = client();
    appendParagraphs(editor.editor, 'Delete the bracketed words [here] and keep the rest.');
    const anchor = anchorPassage(editor.doc, 0, 28, 32);
    deleteRange(editor.editor, 0, 27, 34);
    expect(readBlocks(editor.editor)[0]!.text).toBe('Delete the bracketed words and keep the rest.');
    expect(shown(editor.doc, anchor)).toBe('text removed');
    expect(anchor.quote).toBe('here');
  });

  it('is not re-attached to the same words elsewhere after its text is deleted', () => {
    const editor = client();
    appendParagraphs(editor.editor, 'The draft says access and access again.', 'Another access paragraph.');
    const anchor = anchorPassage(editor.doc, 0, 15, 21); // the first "access"
    deleteRange(editor.editor, 0, 15, 22);
    expect(readBlocks(editor.editor)[0]!.text).toBe('The draft says and access again.');
    expect(shown(editor.doc, anchor)).toBe('text removed');
  });

  it('stays on the half that holds the passage when its paragraph is split', () => {
    const text = 'First sentence here. Second sentence with the passage in it.';
    for (const [splitAt, passage, half] of [
      [21, [46, 53], 1], // split before: the passage moves into the new paragraph
      [10, [0, 5], 0], // split after: it stays where it was
    ] as const) {
      const editor = client();
      appendParagraphs(editor.editor, text);
      const anchor = anchorPassage(editor.doc, 0, passage[0], passage[1]);
      pressEnter(editor.editor, 0, splitAt);
      const blocks = readBlocks(editor.editor);
      expect(blocks).toHaveLength(2);
      expect(shown(editor.doc, anchor)).toEqual({
        blockId: blocks[half]!.id,
        text: text.slice(passage[0], passage[1]),
      });
    }
  });

  it('keeps the first half when a split falls inside the passage', () => {
    const editor = client();
    appendParagraphs(editor.editor, 'Keep this whole phrase together.');
    const anchor = anchorPassage(editor.doc, 0, 5, 22); // "this whole phrase"
    pressEnter(editor.editor, 0, 10);
    expect(shown(editor.doc, anchor)).toEqual({ blockId: anchor.blockId, text: 'this ' });
  });

  it('survives formatting inside it and before it (the binding re-creates that text)', () => {
    const editor = client();
    appendParagraphs(editor.editor, 'Stakeholders agreed on the roadmap for the next year.');
    const anchor = anchorPassage(editor.doc, 0, 27, 34); // "roadmap"
    format(editor.editor, 0, 0, 12); // before, same text node
    format(editor.editor, 0, 30, 40); // overlapping its end
    expect(shown(editor.doc, anchor)).toEqual({ blockId: anchor.blockId, text: 'roadmap' });
  });

  it('follows a passage through a remote client’s edits and the id repair', () => {
    const a = client();
    appendParagraphs(a.editor, 'Alpha beta gamma.', 'Delta epsilon.');
    const b = client(copyDoc(a.doc));
    const anchor = anchorPassage(a.doc, 1, 6, 13); // "epsilon"
    typeAt(b.editor, 1, 0, 'New start. ');
    sync(a, b);
    expect(shown(a.doc, anchor)).toEqual({ blockId: anchor.blockId, text: 'epsilon' });
  });
});

describe('a block anchor', () => {
  it('resolves while its block exists and is removed with it', () => {
    const editor = client();
    appendParagraphs(editor.editor, 'One.', 'Two.');
    const [, second] = readBlocks(editor.editor);
    const anchor: AnchorLike = { kind: 'block', blockId: second!.id };
    expect(resolve(editor.doc, anchor)).toMatchObject({
      found: true,
      block: { id: second!.id, number: 2, text: 'Two.' },
    });
    editor.editor.update(() => $blockAt(1).remove(), { discrete: true });
    expect(resolve(editor.doc, anchor)).toEqual({ found: false });
  });
});

describe('hostile positions', () => {
  const doc = (): Y.Doc => {
    const editor = client();
    appendParagraphs(editor.editor, 'Some text to point into.');
    return editor.doc;
  };

  it('are located nowhere, without touching the doc', () => {
    const d = doc();
    // Another Y type in the same doc, as a crafted update could add one: a 'comments' map holding text.
    const comments = d.getMap<Y.Text>('comments');
    comments.set('c1', new Y.Text('not document text'));
    const inComments = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(comments.get('c1')!, 2));
    const before = Y.encodeStateAsUpdate(d);
    const index = new BlockIndex(d);
    const cases: Array<[RelativePositionJson, string]> = [
      [{ tname: 'root' }, 'malformed'],
      [{ tname: 'comments', item: null }, 'malformed'],
      [{}, 'malformed'],
      [{ item: { client: 999_999, clock: 0 } }, 'not-synced'],
      [{ type: { client: 999_999, clock: 5 } }, 'not-synced'],
      [inComments, 'gone'],
    ];
    for (const [json, missing] of cases) expect(index.locate(json), JSON.stringify(json)).toEqual({ missing });
    expect(Y.encodeStateAsUpdate(d)).toEqual(before);
    expect([...d.share.keys()].sort()).toEqual(['comments', 'root']);
  });

  it('are refused when a new passage is anchored', () => {
    const d = doc();
    const index = new BlockIndex(d);
    const block = index.blocks[0]!;
    const at = (offset: number, assoc: 0 | -1) => index.positionAt(block, offset, assoc);
    const passage = (start: RelativePositionJson, end: RelativePositionJson, blockId = block.id): Passage => ({
      kind: 'passage',
      blockId,
      start,
      end,
      quote: 'q',
    });
    expect(snapshotPassage(index, passage(at(5, 0), at(5, -1)))).toEqual({ problem: 'collapsed' });
    expect(snapshotPassage(index, passage(at(0, 0), at(4, -1), 'pSomethingElse'))).toEqual({ problem: 'other-block' });
    expect(snapshotPassage(index, passage({ tname: 'x' }, at(4, -1)))).toEqual({ problem: 'malformed' });
    expect(snapshotPassage(index, passage(at(0, 0), at(4, -1)))).toMatchObject({
      quote: 'Some',
      prefix: '',
      suffix: ' text to point into.',
    });
    // Positions given backwards (a backward selection) are put in order.
    expect(snapshotPassage(index, passage(at(10, 0), at(5, -1)))).toMatchObject({ quote: 'text ' });
  });
});

describe('a document received as an update', () => {
  it('is indexed like the editor’s own doc', () => {
    const author = client();
    author.editor.update(() => $buildSampleDocument(), { discrete: true });
    const received = BlockIndex.fromUpdate(Y.encodeStateAsUpdate(author.doc));
    expect(received.blocks).toEqual(new BlockIndex(author.doc).blocks);
    expect(BlockIndex.fromUpdate(Y.encodeStateAsUpdate(new Y.Doc())).blocks).toEqual([]);
  });
});
