import {
  $getNodeByKey,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $acceptSuggestion, $listSuggestions, $rejectSuggestion } from './suggestion-decisions.js';
import { $suggestDeleteSelection, $suggestInsertText, type SuggestionAuthor } from './suggestions.js';
import { $listBrackets, $replaceBracket, $unwrapBracket, $wrapSelectionInBracket } from './brackets.js';
import type { BracketNode } from './bracket-node.js';
import { copyOf, deliver, useTestClients } from './testing/harness.js';
import { $marked, $select } from './testing/suggestion-text.js';

// A coordinator accepts or rejects a suggestion, or resolves a bracket, while a member types
// right beside it: the decision is the server's edit on its own copy, the typing the member's;
// both reach everyone. Nothing the member typed may be lost or doubled, and the decision holds.

const ada: SuggestionAuthor = { personId: 'ada' };

function edit(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}
function typePlain(editor: LexicalEditor, text: string): void {
  for (const key of text)
    edit(editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(key);
    });
}
const show = (editor: LexicalEditor): string => editor.read(() => $marked(0, '').replace('|', ''));

describe('a decision while someone types beside the suggestion', () => {
  const open = useTestClients();

  /** A paragraph with ada's replacement of "quick" by "slow"; a member and the server's copy of it. */
  function setUp() {
    const author = open();
    edit(author.editor, () =>
      $getRoot().append($createParagraphNode().append($createTextNode('The quick brown fox jumps over the lazy dog.'))),
    );
    edit(author.editor, () => $select(0, 4, 9));
    for (const key of 'slow') edit(author.editor, () => void $suggestInsertText(key, ada));
    const member = open(copyOf(author.doc));
    const server = open(copyOf(author.doc));
    member.editor.read(() => undefined);
    server.editor.read(() => undefined);
    const ids = server.editor.read(() => $listSuggestions().map((s) => s.id));
    return { member, server, ids };
  }

  for (const [where, offset] of [
    ['right after it', 'The quickslow'.length],
    ['right before it', 'The '.length],
    ['at the end of the paragraph', 'The quickslow brown fox jumps over the lazy dog.'.length],
  ] as const) {
    it(`keeps what the member types ${where} when the server accepts`, () => {
      const { member, server, ids } = setUp();
      edit(member.editor, () => $select(0, offset));
      typePlain(member.editor, 'XY');
      edit(server.editor, () => {
        for (const id of ids) $acceptSuggestion(id);
      });
      deliver(member.doc, server);
      deliver(server.doc, member);
      expect(show(member.editor)).toBe(show(server.editor));
      const text = show(server.editor);
      expect(text).toContain('XY');
      expect(text.replace('XY', '')).toBe('The slow brown fox jumps over the lazy dog.');
    });

    it(`keeps what the member types ${where} when the server rejects`, () => {
      const { member, server, ids } = setUp();
      edit(member.editor, () => $select(0, offset));
      typePlain(member.editor, 'XY');
      edit(server.editor, () => {
        for (const id of ids) $rejectSuggestion(id);
      });
      deliver(member.doc, server);
      deliver(server.doc, member);
      expect(show(member.editor)).toBe(show(server.editor));
      const text = show(server.editor);
      expect(text).toContain('XY');
      expect(text.replace('XY', '')).toBe('The quick brown fox jumps over the lazy dog.');
    });
  }

  it('keeps a second suggestion made beside the first while the first is accepted', () => {
    const { member, server, ids } = setUp();
    edit(member.editor, () => $select(0, 'The quickslow brown '.length, 'The quickslow brown fox'.length));
    edit(member.editor, () => void $suggestDeleteSelection({ personId: 'bob' }, 'forward'));
    edit(server.editor, () => {
      for (const id of ids) $acceptSuggestion(id);
    });
    deliver(member.doc, server);
    deliver(server.doc, member);
    expect(show(member.editor)).toBe(show(server.editor));
    expect(show(server.editor)).toBe('The slow brown [-bob:fox-] jumps over the lazy dog.');
  });
});

describe('a bracket resolved while someone types beside it', () => {
  const open = useTestClients();

  function setUp() {
    const drafter = open();
    edit(drafter.editor, () =>
      $getRoot().append($createParagraphNode().append($createTextNode('States shall act within two years.'))),
    );
    edit(drafter.editor, () => {
      $select(0, 'States shall act '.length, 'States shall act within two years'.length);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $wrapSelectionInBracket(selection);
    });
    const member = open(copyOf(drafter.doc));
    const server = open(copyOf(drafter.doc));
    member.editor.read(() => undefined);
    server.editor.read(() => undefined);
    return { member, server };
  }

  for (const [how, resolve, expected] of [
    ['kept as written', (node: BracketNode) => $unwrapBracket(node), 'States shall act within two years.'],
    [
      'replaced by an alternative',
      (node: BracketNode) => $replaceBracket(node, 'promptly'),
      'States shall act promptly.',
    ],
  ] as const) {
    it(`keeps what the member types after the bracket when it is ${how}`, () => {
      const { member, server } = setUp();
      edit(member.editor, () => $select(0, 'States shall act within two years'.length));
      typePlain(member.editor, ' XY');
      edit(server.editor, () => resolve($getNodeByKey<BracketNode>($listBrackets()[0]!.key)!));
      deliver(member.doc, server);
      deliver(server.doc, member);
      expect(show(member.editor)).toBe(show(server.editor));
      expect(show(server.editor).replace(' XY', '')).toBe(expected);
    });
  }
});
