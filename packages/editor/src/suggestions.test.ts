import { $createLinkNode } from '@lexical/link';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createBracketNode } from './bracket-node.js';
import {
  $acceptAllBy,
  $acceptSuggestion,
  $listSuggestions,
  $rejectAllBy,
  $rejectSuggestion,
} from './suggestion-decisions.js';
import {
  $suggestDeleteCharacter,
  $suggestDeleteLine,
  $suggestDeleteWord,
  $suggestInsertText,
  type SuggestionAuthor,
} from './suggestions.js';
import { appendParagraphs, pressEnter, useTestClients } from './testing/harness.js';
import { $marked, $select } from './testing/suggestion-text.js';

const ada: SuggestionAuthor = { personId: 'ada', now: () => 1_700_000_000_000 };
const bob: SuggestionAuthor = { personId: 'bob', now: () => 1_700_000_000_001 };

function edit(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}
/** Types `text` key by key, as the browser sends it. */
function type(editor: LexicalEditor, text: string, author: SuggestionAuthor = ada): void {
  for (const key of text) edit(editor, () => void $suggestInsertText(key, author));
}
function backspace(editor: LexicalEditor, times = 1, author: SuggestionAuthor = ada): void {
  for (let i = 0; i < times; i++) edit(editor, () => void $suggestDeleteCharacter(true, author));
}
function del(editor: LexicalEditor, times = 1, author: SuggestionAuthor = ada): void {
  for (let i = 0; i < times; i++) edit(editor, () => void $suggestDeleteCharacter(false, author));
}
function show(editor: LexicalEditor, block = 0, me = 'ada'): string {
  return editor.read(() => $marked(block, me));
}
function ids(editor: LexicalEditor): string[] {
  return editor.read(() => $listSuggestions().map((s) => `${s.kind}:${s.by}:${s.text}`));
}

describe('typing as a suggestion', () => {
  const open = useTestClients();

  it('turns a typed replacement into a deletion followed by an insertion, the caret after it', () => {
    const { editor } = open();
    appendParagraphs(editor, 'The quick fox.');
    edit(editor, () => $select(0, 4, 9));
    type(editor, 'slow');
    expect(show(editor)).toBe('The [-quick-]{+slow|+} fox.');
    expect(ids(editor)).toEqual(['delete:ada:quick', 'insert:ada:slow']);
  });

  it('keeps typing in one insertion, and extends it from right after or before it', () => {
    const { editor } = open();
    appendParagraphs(editor, 'ab');
    edit(editor, () => $select(0, 1));
    type(editor, 'xyz');
    expect(show(editor)).toBe('a{+xyz|+}b');
    edit(editor, () => $select(0, 5)); // after "b"
    edit(editor, () => $select(0, 4)); // between the insertion and "b": the end of the insertion
    type(editor, '!');
    expect(show(editor)).toBe('a{+xyz!|+}b');
    edit(editor, () => $select(0, 1)); // end of "a", right before the insertion
    type(editor, '<');
    expect(show(editor)).toBe('a{+<|xyz!+}b');
    expect(editor.read(() => $listSuggestions()).length).toBe(1);
  });

  it('keeps the format of the text it is typed into', () => {
    const { editor } = open();
    edit(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('bold').toggleFormat('bold'))));
    edit(editor, () => $select(0, 2));
    type(editor, 'X');
    const formats = editor.read(() =>
      $getRoot()
        .getAllTextNodes()
        .map((n) => n.hasFormat('bold')),
    );
    expect(formats).toEqual([true, true, true]);
  });

  it('inserts into someone else’s insertion by splitting it around the new one', () => {
    const { editor } = open();
    appendParagraphs(editor, 'ab');
    edit(editor, () => $select(0, 1));
    type(editor, 'XY', bob);
    edit(editor, () => $select(0, 2));
    type(editor, 'me');
    expect(show(editor)).toBe('a{+bob:X+}{+me|+}{+bob:Y+}b');
    expect(ids(editor)).toEqual(['insert:bob:XY', 'insert:ada:me']);
  });

  it('types past the end of a link, as Lexical does, and inside it elsewhere', () => {
    const { editor } = open();
    edit(editor, () =>
      $getRoot().append(
        $createParagraphNode().append(
          $createTextNode('see '),
          $createLinkNode('https://x.example').append($createTextNode('here')),
        ),
      ),
    );
    edit(editor, () => $select(0, 8));
    type(editor, '!');
    expect(show(editor)).toBe('see <here>{+!|+}');
    edit(editor, () => $select(0, 6));
    type(editor, '-');
    expect(show(editor)).toBe('see <he{+-|+}re>{+!+}');
  });

  it('turns pasted lines into line breaks inside one insertion', () => {
    const { editor } = open();
    appendParagraphs(editor, 'ab');
    edit(editor, () => $select(0, 1));
    edit(editor, () => void $suggestInsertText('one\ntwo', ada));
    expect(show(editor)).toBe('a{+one\ntwo|+}b');
  });
});

describe('deleting as a suggestion', () => {
  const open = useTestClients();

  it('makes Backspace letter by letter one deletion, the caret before it', () => {
    const { editor } = open();
    appendParagraphs(editor, 'Hello world');
    edit(editor, () => $select(0, 11));
    backspace(editor, 5);
    expect(show(editor)).toBe('Hello |[-world-]');
    backspace(editor);
    expect(show(editor)).toBe('Hello|[- world-]');
    expect(ids(editor)).toEqual(['delete:ada: world']);
  });

  it('makes Delete letter by letter one deletion, the caret after it', () => {
    const { editor } = open();
    appendParagraphs(editor, 'Hello');
    edit(editor, () => $select(0, 0));
    del(editor, 3);
    expect(show(editor)).toBe('[-Hel-]|lo');
    expect(ids(editor)).toEqual(['delete:ada:Hel']);
  });

  it('deletes by word (with its punctuation) and to the start of the line', () => {
    const { editor } = open();
    appendParagraphs(editor, 'Hello big world.');
    edit(editor, () => $select(0, 16));
    edit(editor, () => void $suggestDeleteWord(true, ada));
    expect(show(editor)).toBe('Hello big |[-world.-]');
    edit(editor, () => void $suggestDeleteWord(true, ada));
    expect(show(editor)).toBe('Hello |[-big world.-]');
    edit(editor, () => $select(0, 0));
    edit(editor, () => void $suggestDeleteWord(false, ada));
    expect(show(editor)).toBe('[-Hello-]| [-big world.-]');
    edit(editor, () => $select(0, 6));
    edit(editor, () => void $suggestDeleteLine(true, ada));
    expect(show(editor)).toBe('|[-Hello big world.-]');
  });

  it('really removes characters of one’s own insertion', () => {
    const { editor } = open();
    appendParagraphs(editor, 'ab');
    edit(editor, () => $select(0, 1));
    type(editor, 'xyz');
    backspace(editor);
    expect(show(editor)).toBe('a{+xy|+}b');
    edit(editor, () => $select(0, 2, 3)); // "y"
    type(editor, 'Q');
    expect(show(editor)).toBe('a{+xQ|+}b');
    backspace(editor, 2);
    expect(show(editor)).toBe('a|b');
    expect(ids(editor)).toEqual([]);
  });

  it('steps over someone else’s suggestions and over struck text', () => {
    const { editor } = open();
    appendParagraphs(editor, 'abc');
    edit(editor, () => $select(0, 3));
    type(editor, 'XY', bob);
    edit(editor, () => $select(0, 5));
    backspace(editor);
    expect(show(editor)).toBe('ab|[-c-]{+bob:XY+}');
    edit(editor, () => $select(0, 1, 3)); // "bc": b plain, c already struck
    edit(editor, () => void $suggestDeleteCharacter(true, ada));
    expect(show(editor)).toBe('a|[-bc-]{+bob:XY+}');
    expect(ids(editor)).toEqual(['delete:ada:bc', 'insert:bob:XY']);
  });

  it('does nothing at the start of a block (joining paragraphs is not suggested)', () => {
    const { editor } = open();
    appendParagraphs(editor, 'one', 'two');
    edit(editor, () => $select(1, 0));
    backspace(editor);
    expect([show(editor, 0), show(editor, 1)]).toEqual(['one', '|two']);
  });

  it('strikes the text of each block of a selection across blocks, as one suggestion', () => {
    const { editor } = open();
    appendParagraphs(editor, 'one', 'two');
    edit(editor, () => {
      $select(0, 1);
      const selection = $getSelection();
      const two = $getRoot().getLastChildOrThrow<ElementNode>().getFirstChildOrThrow();
      if ($isRangeSelection(selection)) selection.focus.set(two.getKey(), 2, 'text');
      $suggestDeleteCharacter(false, ada);
    });
    expect([show(editor, 0), show(editor, 1)]).toEqual(['o[-ne-]', '[-tw-]|o']);
    expect(editor.read(() => $listSuggestions()).map((s) => s.text)).toEqual(['netw']);
  });

  it('suggests deletions inside links and brackets', () => {
    const { editor } = open();
    edit(editor, () =>
      $getRoot().append(
        $createParagraphNode().append(
          $createLinkNode('https://x.example').append($createTextNode('link')),
          $createBracketNode().append($createTextNode('br')),
        ),
      ),
    );
    edit(editor, () => $select(0, 2, 5));
    edit(editor, () => void $suggestDeleteCharacter(true, ada));
    expect(show(editor)).toBe('<li|[-nk-]>⟦[-b-]r⟧');
  });
});

describe('deciding suggestions', () => {
  const open = useTestClients();

  function draft(editor: LexicalEditor): void {
    appendParagraphs(editor, 'The quick fox.');
    edit(editor, () => $select(0, 4, 9));
    type(editor, 'slow');
    edit(editor, () => $select(0, 18));
    type(editor, ' ran', bob);
  }

  it('accepts and rejects insertions and deletions by id', () => {
    const { editor } = open();
    draft(editor);
    const [quick, slow, ran] = editor.read(() => $listSuggestions());
    expect(show(editor)).toBe('The [-quick-]{+slow+} fox.{+bob: ran|+}');
    edit(editor, () => expect($acceptSuggestion(quick!.id)).toBe(true));
    expect(show(editor)).toBe('The {+slow+} fox.{+bob: ran|+}');
    edit(editor, () => expect($rejectSuggestion(slow!.id)).toBe(true));
    edit(editor, () => expect($acceptSuggestion(ran!.id)).toBe(true));
    expect(editor.read(() => $marked(0).replace('|', ''))).toBe('The  fox. ran');
    edit(editor, () => expect($rejectSuggestion(ran!.id)).toBe(false));
  });

  it('keeps struck text on rejection and drops it on acceptance, per author', () => {
    const { editor } = open();
    draft(editor);
    edit(editor, () => expect($rejectAllBy('ada')).toBe(true));
    expect(editor.read(() => $marked(0).replace('|', ''))).toBe('The quick fox.{+bob: ran+}');
    edit(editor, () => expect($acceptAllBy('bob')).toBe(true));
    expect(editor.read(() => $marked(0).replace('|', ''))).toBe('The quick fox. ran');
    expect(ids(editor)).toEqual([]);
  });

  it('keeps a suggestion split by Enter (while editing) one suggestion, decided as one', () => {
    const { editor } = open();
    appendParagraphs(editor, 'ab');
    edit(editor, () => $select(0, 1));
    type(editor, 'XYZ', bob);
    pressEnter(editor, 0, 3); // between "XY" and "Z"
    expect([show(editor, 0), show(editor, 1)]).toEqual(['a{+bob:XY+}', '{+bob:|Z+}b']);
    const listed = editor.read(() => $listSuggestions());
    expect(listed.map((s) => s.text)).toEqual(['XYZ']);
    edit(editor, () => expect($rejectSuggestion(listed[0]!.id)).toBe(true));
    expect(editor.read(() => [$marked(0), $marked(1)].map((t) => t.replace('|', '')))).toEqual(['a', 'b']);
  });

  it('lists suggestions in document order with their block, author and time', () => {
    const { editor } = open();
    draft(editor);
    const listed = editor.read(() => $listSuggestions());
    expect(listed.map(({ kind, by, at, text }) => ({ kind, by, at, text }))).toEqual([
      { kind: 'delete', by: 'ada', at: 1_700_000_000_000, text: 'quick' },
      { kind: 'insert', by: 'ada', at: 1_700_000_000_000, text: 'slow' },
      { kind: 'insert', by: 'bob', at: 1_700_000_000_001, text: ' ran' },
    ]);
    expect(new Set(listed.map((s) => s.blockId)).size).toBe(1);
    expect(listed.every((s) => /^s[A-Za-z0-9_-]{12}$/.test(s.id))).toBe(true);
  });
});
