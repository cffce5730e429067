import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { $ensureParagraphIds, $getBlockId, seededParagraphIds } from './paragraph-id.js';
import {
  $blockAt,
  $caretAt,
  $paste,
  $serializeTree,
  appendParagraphs,
  copyOf,
  expectValidIds,
  idsOf,
  useTestClients,
  pressBackspace,
  pressEnter,
  readBlocks,
  type TestClient,
} from './testing/harness.js';

const client = useTestClients();

describe('registerParagraphIds on local edits', () => {
  it('gives every paragraph, heading, quote, list and list item its own id', () => {
    const { editor } = client();
    editor.update(
      () => {
        $getRoot().append(
          $createHeadingNode('h2').append($createTextNode('Title')),
          $createParagraphNode().append($createTextNode('Body')),
          $createQuoteNode().append($createTextNode('Quoted')),
          $createListNode('bullet').append($createListItemNode().append($createTextNode('item'))),
        );
      },
      { discrete: true },
    );
    const blocks = readBlocks(editor);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'quote', 'list', 'listitem']);
    expectValidIds(blocks.map((b) => b.id));
  });

  it('split in the middle: the first half keeps the id, the second gets a new one', () => {
    const { editor } = client();
    appendParagraphs(editor, 'alpha', 'beta gamma');
    const before = idsOf(editor);
    pressEnter(editor, 1, 5);
    const after = readBlocks(editor);
    expect(after.map((b) => b.text)).toEqual(['alpha', 'beta ', 'gamma']);
    expect(after.slice(0, 2).map((b) => b.id)).toEqual(before);
    expectValidIds(after.map((b) => b.id));
  });

  it('Enter at the end: the paragraph keeps its id, the new empty one gets a new id', () => {
    const { editor } = client();
    appendParagraphs(editor, 'alpha');
    const [id] = idsOf(editor);
    pressEnter(editor, 0, 5);
    const after = readBlocks(editor);
    expect(after.map((b) => b.text)).toEqual(['alpha', '']);
    expect(after[0]!.id).toBe(id);
    expectValidIds(after.map((b) => b.id));
  });

  it('Enter at the start: an empty block appears before and the text keeps its id', () => {
    const c = client();
    appendParagraphs(c.editor, 'alpha', 'beta');
    const before = idsOf(c.editor);
    pressEnter(c.editor, 1, 0);
    const after = readBlocks(c.editor);
    expect(after.map((b) => b.text)).toEqual(['alpha', '', 'beta']);
    expect(after[0]!.id).toBe(before[0]);
    expect(after[2]!.id).toBe(before[1]);
    expectValidIds(after.map((b) => b.id));
    // Peers see the same ids, since the swap happened before the update reached Yjs.
    const peer = openHeadlessCollabEditor(copyOf(c.doc));
    expect(readBlocks(peer.editor)).toEqual(after);
  });

  it('Enter at the start of a heading and of a list item keeps the text’s id', () => {
    const { editor } = client();
    editor.update(
      () => {
        $getRoot().append(
          $createHeadingNode('h1').append($createTextNode('Title')),
          $createListNode('number').append(
            $createListItemNode().append($createTextNode('one')),
            $createListItemNode().append($createTextNode('two')),
          ),
        );
      },
      { discrete: true },
    );
    const [heading, list, one, two] = idsOf(editor);
    pressEnter(editor, 0, 0);
    pressEnter(editor, 4, 0); // 'two', after the new empty heading, the list and 'one'
    const after = readBlocks(editor);
    // HeadingNode puts a paragraph in front, replacing the heading node: the id follows the text.
    expect(after.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', ''],
      ['heading', 'Title'],
      ['list', ''],
      ['listitem', 'one'],
      ['listitem', ''],
      ['listitem', 'two'],
    ]);
    expect([after[1]!.id, after[2]!.id, after[3]!.id, after[5]!.id]).toEqual([heading, list, one, two]);
    expectValidIds(after.map((b) => b.id));
  });

  it('Enter in a list item: the first part keeps the id', () => {
    const { editor } = client();
    editor.update(
      () =>
        $getRoot().append($createListNode('bullet').append($createListItemNode().append($createTextNode('onetwo')))),
      { discrete: true },
    );
    const [, item] = idsOf(editor);
    pressEnter(editor, 1, 3);
    const after = readBlocks(editor);
    expect(after.map((b) => b.text)).toEqual(['', 'one', 'two']);
    expect(after[1]!.id).toBe(item);
    expectValidIds(after.map((b) => b.id));
  });

  it('merge by Backspace at the start keeps the first paragraph’s id', () => {
    const { editor } = client();
    appendParagraphs(editor, 'alpha', 'beta', 'gamma');
    const [a, , c] = idsOf(editor);
    pressBackspace(editor, 1, 0);
    expect(readBlocks(editor).map((b) => [b.id, b.text])).toEqual([
      [a, 'alphabeta'],
      [c, 'gamma'],
    ]);
  });

  it('Backspace after an empty paragraph keeps the text’s id', () => {
    const { editor } = client();
    appendParagraphs(editor, 'alpha', '', 'beta');
    const [a, , b] = idsOf(editor);
    pressBackspace(editor, 2, 0);
    expect(readBlocks(editor).map((x) => [x.id, x.text])).toEqual([
      [a, 'alpha'],
      [b, 'beta'],
    ]);
  });

  it('a paragraph turned into a heading or a quote into a paragraph keeps its id', () => {
    const { editor } = client();
    editor.update(
      () => {
        $getRoot().append(
          $createQuoteNode().append($createTextNode('quoted')),
          $createParagraphNode().append($createTextNode('to heading')),
        );
      },
      { discrete: true },
    );
    const [q, p] = idsOf(editor);
    // What $setBlocksType does for a toolbar block-type change.
    editor.update(() => $blockAt(1).replace($createHeadingNode('h2'), true), { discrete: true });
    // What Backspace at the start of a quote does in the browser (the headless selection cannot
    // run the DOM-based `deleteCharacter` path that leads there).
    editor.update(
      () => {
        $caretAt(0, 0);
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('no selection');
        $blockAt(0).collapseAtStart(selection);
      },
      { discrete: true },
    );
    expect(readBlocks(editor).map((b) => [b.type, b.id, b.text])).toEqual([
      ['paragraph', q, 'quoted'],
      ['heading', p, 'to heading'],
    ]);
  });

  it('paste of blocks carrying ids already present: the originals keep them, the copies get new ones', () => {
    const { editor } = client();
    appendParagraphs(editor, 'alpha', 'beta', 'gamma');
    const before = idsOf(editor);
    const clipboard = editor.read(() => [$serializeTree($blockAt(0)), $serializeTree($blockAt(1))]);
    expect(clipboard.map((json) => (json as { $?: { pid?: string } }).$?.pid)).toEqual(before.slice(0, 2));
    // Paste in the middle of "gamma": Lexical merges the first pasted block into "ga" and the
    // rest of the line ("mma") into the last pasted block.
    editor.update(
      () => {
        $caretAt(2, 2);
        $paste(clipboard);
      },
      { discrete: true },
    );
    const after = readBlocks(editor);
    expect(after.map((b) => b.text)).toEqual(['alpha', 'beta', 'gaalpha', 'betamma']);
    expect(after.slice(0, 3).map((b) => b.id)).toEqual(before);
    expectValidIds(after.map((b) => b.id));
  });

  it('cut and paste moves a paragraph with its id', () => {
    const { editor } = client();
    appendParagraphs(editor, 'alpha', 'beta', 'gamma');
    const [a, b, c] = idsOf(editor);
    const clipboard = editor.read(() => [$serializeTree($blockAt(0))]);
    editor.update(() => $blockAt(0).remove(), { discrete: true });
    editor.update(
      () => {
        $getRoot().append($createParagraphNode());
        $caretAt(2, 0);
        $paste(clipboard);
      },
      { discrete: true },
    );
    expect(readBlocks(editor).map((x) => [x.id, x.text])).toEqual([
      [b, 'beta'],
      [c, 'gamma'],
      [a, 'alpha'],
    ]);
  });

  it('does nothing in an editor that is not editable', () => {
    const c = client();
    c.editor.setEditable(false);
    appendParagraphs(c.editor, 'read only');
    expect(idsOf(c.editor)).toEqual(['']);
  });
});

describe('$ensureParagraphIds', () => {
  it('assigns ids inside an existing update, reproducibly with a seeded source', () => {
    const make = (): string[] => {
      const session = openHeadlessCollabEditor(new Y.Doc());
      session.editor.update(
        () => {
          $getRoot().append($createParagraphNode(), $createHeadingNode('h1'));
          $ensureParagraphIds({ newId: seededParagraphIds('seed') });
        },
        { discrete: true },
      );
      return session.editor.read(() => $getRoot().getChildren().map($getBlockId));
    };
    const first = make();
    expectValidIds(first);
    expect(make()).toEqual(first);
  });
});
