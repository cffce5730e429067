import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $getBracketId, $isBracketNode } from './bracket-node.js';
import {
  $bracketedText,
  $bracketPassage,
  $findBracket,
  $listBrackets,
  $replaceBracket,
  $unwrapBracket,
  BracketError,
  type ListedBracket,
} from './brackets.js';
import { $collectBlocks } from './blocks.js';
import { $listBlocks } from './numbering.js';
import { $renderHtml, $renderMarkdown } from './render.js';
import {
  $blockAt,
  $caretAt,
  $paste,
  $serializeTree,
  appendParagraphs,
  copyOf,
  deliver,
  idsOf,
  pressEnter,
  readBlocks,
  useTestClients,
} from './testing/harness.js';

const open = useTestClients();

const brackets = (editor: LexicalEditor): ListedBracket[] => editor.read(() => $listBrackets());
const bracketedTexts = (editor: LexicalEditor): string[] => editor.read(() => $collectBlocks().map($bracketedText));

/** Types `text` at character `offset` of block `index`, as a keystroke would. */
function typeAt(editor: LexicalEditor, index: number, offset: number, text: string): void {
  editor.update(
    () => {
      $caretAt(index, offset);
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      selection.insertText(text);
    },
    { discrete: true },
  );
}

function bracket(editor: LexicalEditor, index: number, words: string, id?: string): string {
  let made = '';
  editor.update(
    () => {
      const block = $blockAt(index);
      const start = block.getTextContent().indexOf(words);
      if (start < 0) throw new Error(`no "${words}" in block ${index}`);
      made = $getBracketId($bracketPassage(readId(block), start, start + words.length, id));
    },
    { discrete: true },
  );
  return made;
}

const readId = (block: ReturnType<typeof $blockAt>): string => $listBlocks().find((b) => b.key === block.getKey())!.id;

describe('BracketNode', () => {
  it('brackets a passage without changing blocks, ids, numbers or text, and renders it as […]', () => {
    const client = open();
    appendParagraphs(client.editor, 'Access is a human right for all.', 'Second paragraph.');
    const before = client.editor.read(() => $listBlocks().map(({ id, number, text }) => ({ id, number, text })));
    const id = bracket(client.editor, 0, 'a human right', 'bSample');
    expect(id).toBe('bSample');
    expect(client.editor.read(() => $listBlocks().map(({ id, number, text }) => ({ id, number, text })))).toEqual(
      before,
    );
    expect(brackets(client.editor)).toEqual([
      { id: 'bSample', blockId: before[0]!.id, text: 'a human right', key: expect.any(String) },
    ]);
    expect(bracketedTexts(client.editor)).toEqual(['Access is [a human right] for all.', 'Second paragraph.']);
    const markdown = client.editor.read(() => $renderMarkdown());
    expect(markdown).toContain(`**1.** Access is \\[a human right\\] for all. <!-- id: ${before[0]!.id} -->`);
    const html = client.editor.read(() => $renderHtml());
    expect(html).toContain(
      '<span class="num">1</span> Access is <span class="bracket" data-bracket-id="bSample">[a human right]</span> for all.</p>',
    );
  });

  it('refuses empty passages, passages over two paragraphs and nested brackets, with reasons', () => {
    const client = open();
    appendParagraphs(client.editor, 'One two three.', 'Four.');
    bracket(client.editor, 0, 'two');
    const [first, second] = idsOf(client.editor);
    const attempt = (blockId: string, start: number, end: number) => () =>
      client.editor.update(() => void $bracketPassage(blockId, start, end), { discrete: true });
    expect(attempt(first!, 2, 2)).toThrow(BracketError);
    expect(attempt(first!, 4, 9)).toThrow(/cannot nest/);
    expect(attempt(second!, 0, 99)).toThrow(/no character 99/);
    expect(attempt('nope', 0, 1)).toThrow(/no block nope/);
    expect(brackets(client.editor)).toHaveLength(1);
  });

  it('syncs through Yjs with its id, and keeps its boundaries under concurrent edits inside and around it', () => {
    const a = open();
    appendParagraphs(a.editor, 'Governments should ensure affordable access for everyone.');
    const id = bracket(a.editor, 0, 'affordable access');
    const b = open(copyOf(a.doc));
    expect(brackets(b.editor).map((x) => x.id)).toEqual([id]);

    // Concurrently: A types inside the bracket; B types inside it too, and before and right after it.
    typeAt(a.editor, 0, 'Governments should ensure affordable'.length, ' and meaningful');
    typeAt(b.editor, 0, 'Governments should ensure '.length + 1, 'X');
    typeAt(b.editor, 0, 'Governments'.length, ' and regulators');
    // Right after the bracket's last character: the caret is at the end of the bracket's text
    // node, and text typed there goes outside (a bracket's boundaries are firm, like a link's).
    typeAt(b.editor, 0, 'Governments and regulators should ensure aXffordable access'.length, ' today');

    deliver(a.doc, b);
    deliver(b.doc, a);
    const expected = [
      'Governments and regulators should ensure [aXffordable and meaningful access] today for everyone.',
    ];
    expect(bracketedTexts(a.editor)).toEqual(expected);
    expect(bracketedTexts(b.editor)).toEqual(expected);
    expect(brackets(a.editor).map((x) => x.id)).toEqual([id]);
    expect(brackets(b.editor).map((x) => x.id)).toEqual([id]);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it('is resolved by keeping its text or replacing it, for every replica', () => {
    const a = open();
    appendParagraphs(a.editor, 'Keep this one. Replace that one.');
    const keep = bracket(a.editor, 0, 'this one');
    const replace = bracket(a.editor, 0, 'that one');
    const b = open(copyOf(a.doc));
    a.editor.update(
      () => {
        $unwrapBracket($findBracket(keep)!);
        $replaceBracket($findBracket(replace)!, 'the other one');
      },
      { discrete: true },
    );
    deliver(a.doc, b);
    expect(bracketedTexts(b.editor)).toEqual(['Keep this one. Replace the other one.']);
    expect(brackets(b.editor)).toEqual([]);
  });

  it('gives a pasted copy an id of its own, and stays whole when Enter is pressed inside it', () => {
    const client = open();
    appendParagraphs(client.editor, 'Alpha beta gamma.', 'Delta.');
    const id = bracket(client.editor, 0, 'beta gamma');
    client.editor.update(
      () => {
        const copy = $serializeTree($findBracket(id)!);
        $getRoot().getLastChild()!.selectEnd();
        $paste([copy]);
      },
      { discrete: true },
    );
    const afterPaste = brackets(client.editor);
    expect(afterPaste.map((x) => x.text)).toEqual(['beta gamma', 'beta gamma']);
    expect(afterPaste[0]!.id).toBe(id);
    expect(afterPaste[1]!.id).toMatch(/^b[A-Za-z0-9_-]{12}$/);
    expect(afterPaste[1]!.id).not.toBe(id);

    pressEnter(client.editor, 0, 'Alpha beta'.length);
    // Enter inside a bracket keeps it whole: the paragraph breaks after it.
    expect(brackets(client.editor)).toEqual(
      afterPaste.map((b, i) => ({ ...b, blockId: idsOf(client.editor)[i === 0 ? 0 : 2] })),
    );
    expect(readBlocks(client.editor).map((x) => x.text)).toEqual(['Alpha beta gamma', '.', 'Delta.beta gamma']);
  });

  it('disappears when all its text is deleted', () => {
    const client = open();
    appendParagraphs(client.editor, 'Before middle after.');
    const id = bracket(client.editor, 0, 'middle');
    client.editor.update(
      () => {
        const node = $findBracket(id)!;
        expect($isBracketNode(node)).toBe(true);
        for (const text of node.getAllTextNodes()) text.remove();
      },
      { discrete: true },
    );
    expect(brackets(client.editor)).toEqual([]);
    expect(readBlocks(client.editor)[0]!.text).toBe('Before  after.');
  });
});
