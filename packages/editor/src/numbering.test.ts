import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $listBlocks, isNumberedBlock, numberBlocks, paragraphNumberMap } from './numbering.js';
import { appendParagraphs, deliver, useTestClients, type TestClient } from './testing/harness.js';

const client = useTestClients();

function numbered(editor: LexicalEditor): Array<[string, number | null]> {
  return editor.read(() => $listBlocks().map((b) => [b.text, b.number]));
}

describe('numberBlocks', () => {
  it('numbers non-blank paragraphs only, 1, 2, 3 … in order', () => {
    const blocks = [
      { type: 'heading', text: 'Introduction' },
      { type: 'paragraph', text: 'One.' },
      { type: 'paragraph', text: '' },
      { type: 'paragraph', text: ' \u00a0 ' },
      { type: 'quote', text: 'Quoted.' },
      { type: 'list', text: '' },
      { type: 'listitem', text: 'Item.' },
      { type: 'paragraph', text: 'Two.' },
    ] as const;
    expect(numberBlocks(blocks).map((b) => b.number)).toEqual([null, 1, null, null, null, null, null, 2]);
    expect(isNumberedBlock({ type: 'paragraph', text: 'x' })).toBe(true);
    expect(isNumberedBlock({ type: 'heading', text: 'x' })).toBe(false);
  });
});

describe('$listBlocks', () => {
  it('lists every block with id, type, tag and text; headings, quotes, lists and empty paragraphs are not numbered', () => {
    const { editor } = client();
    editor.update(
      () => {
        $getRoot().append(
          $createHeadingNode('h2').append($createTextNode('Scope')),
          $createParagraphNode().append($createTextNode('First.')),
          $createParagraphNode(),
          $createQuoteNode().append($createTextNode('A quote.')),
          $createListNode('number').append($createListItemNode().append($createTextNode('An item.'))),
          $createParagraphNode().append($createTextNode('Second.')),
        );
      },
      { discrete: true },
    );
    const blocks = editor.read(() => $listBlocks());
    expect(blocks.map(({ type, tag, text, number }) => ({ type, tag, text, number }))).toEqual([
      { type: 'heading', tag: 'h2', text: 'Scope', number: null },
      { type: 'paragraph', tag: undefined, text: 'First.', number: 1 },
      { type: 'paragraph', tag: undefined, text: '', number: null },
      { type: 'quote', tag: undefined, text: 'A quote.', number: null },
      { type: 'list', tag: 'ol', text: '', number: null },
      { type: 'listitem', tag: undefined, text: 'An item.', number: null },
      { type: 'paragraph', tag: undefined, text: 'Second.', number: 2 },
    ]);
    expect(blocks.every((b) => b.id.startsWith('p'))).toBe(true);
  });

  it('numbers an empty paragraph once text is typed into it', () => {
    const { editor } = client();
    appendParagraphs(editor, 'one', '', 'three');
    expect(numbered(editor)).toEqual([
      ['one', 1],
      ['', null],
      ['three', 2],
    ]);
    editor.update(
      () => $getRoot().getChildAtIndex<ReturnType<typeof $createParagraphNode>>(1)!.append($createTextNode('two')),
      {
        discrete: true,
      },
    );
    expect(numbered(editor)).toEqual([
      ['one', 1],
      ['two', 2],
      ['three', 3],
    ]);
  });
});

describe('numbers are derived, ids are permanent', () => {
  it('a paragraph inserted above by another person shifts the numbers for both, ids stay', () => {
    const a = client();
    appendParagraphs(a.editor, 'First.', 'Second.', 'Third.');
    const b = client(new Y.Doc());
    deliver(a.doc, b);
    const before = a.editor.read(() => $listBlocks());

    b.editor.update(
      () =>
        $getRoot()
          .getFirstChildOrThrow()
          .insertBefore($createParagraphNode().append($createTextNode('New.'))),
      {
        discrete: true,
      },
    );
    deliver(b.doc, a);

    for (const editor of [a.editor, b.editor]) {
      const after = editor.read(() => $listBlocks());
      expect(after.map((x) => [x.text, x.number])).toEqual([
        ['New.', 1],
        ['First.', 2],
        ['Second.', 3],
        ['Third.', 4],
      ]);
      expect(after.slice(1).map((x) => x.id)).toEqual(before.map((x) => x.id));
      expect(before.map((x) => x.id)).not.toContain(after[0]!.id);
    }
  });
});

describe('paragraphNumberMap', () => {
  it('maps the numbered paragraphs’ node keys to their numbers, from an editor or a state', () => {
    const { editor } = client();
    editor.update(
      () => {
        $getRoot().append(
          $createHeadingNode('h1').append($createTextNode('Title')),
          $createParagraphNode().append($createTextNode('One.')),
          $createParagraphNode().append($createTextNode('Two.')),
        );
      },
      { discrete: true },
    );
    const keys = editor.read(() =>
      $getRoot()
        .getChildren()
        .map((n) => n.getKey()),
    );
    const expected = new Map([
      [keys[1]!, 1],
      [keys[2]!, 2],
    ]);
    expect(paragraphNumberMap(editor)).toEqual(expected);
    expect(paragraphNumberMap(editor.getEditorState())).toEqual(expected);
  });
});
