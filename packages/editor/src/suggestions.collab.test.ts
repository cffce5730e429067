import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockChanges } from './block-changes.js';
import { checkDocumentChange } from './schema-check.js';
import { suggestionAuthorProblem, suggestOnlyProblem } from './suggestion-check.js';
import { $acceptAllBy, $listSuggestions, $rejectSuggestion } from './suggestion-decisions.js';
import {
  $suggestDeleteCharacter,
  $suggestDeleteSelection,
  $suggestInsertText,
  type SuggestionAuthor,
} from './suggestions.js';
import { appendParagraphs, copyOf, deliver, useTestClients } from './testing/harness.js';
import { NETWORK_ORIGIN } from './testing/network.js';
import { $marked, $select } from './testing/suggestion-text.js';

// Suggestions travel as Yjs updates like any edit: two editors on their own docs suggest in the
// same paragraph at once and converge; every update a suggesting editor sends passes the checks
// the server makes (schema, authorship, "nothing but suggestions"); undo takes a suggestion back.

const ada: SuggestionAuthor = { personId: 'ada' };
const bob: SuggestionAuthor = { personId: 'bob' };

function edit(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}
function type(editor: LexicalEditor, text: string, author: SuggestionAuthor): void {
  for (const key of text) edit(editor, () => void $suggestInsertText(key, author));
}
/** The block as it shows, suggestions marked (everyone's with a name), without the caret. */
function show(editor: LexicalEditor, block = 0): string {
  return editor.read(() => $marked(block, '').replace('|', ''));
}
function listed(editor: LexicalEditor): string[] {
  return editor.read(() => $listSuggestions().map((s) => `${s.id}:${s.kind}:${s.by}:${s.text}`));
}

/**
 * What the server would say about every update `doc` emits while attached: each is applied to
 * a replica inside a transaction and checked there, as the server's screening does, with the
 * sender `person` allowed only to suggest.
 */
function screen(doc: Y.Doc, person: string): { problems: string[]; count: () => number; stop: () => void } {
  const replica = copyOf(doc);
  const problems: string[] = [];
  let count = 0;
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === NETWORK_ORIGIN) {
      Y.applyUpdate(replica, update); // what others sent reaches the server from them
      return;
    }
    count++;
    replica.transact((transaction) => {
      Y.applyUpdate(replica, update);
      const problem =
        checkDocumentChange(replica, transaction) ??
        suggestionAuthorProblem(transaction, person) ??
        suggestOnlyProblem(blockChanges(transaction), person);
      if (problem) problems.push(problem);
    });
  };
  doc.on('update', onUpdate);
  return { problems, count: () => count, stop: () => doc.off('update', onUpdate) };
}

describe('suggestions between editors', () => {
  const open = useTestClients();
  const screens: (() => void)[] = [];
  afterEach(() => {
    for (const stop of screens.splice(0)) stop();
  });

  /**
   * Two editors on one paragraph. With `runs`, its text is three text nodes ("brown" bold), so
   * that edits at "quick" and at "jumps" touch different nodes: see the last test for why.
   */
  function pair(runs = true) {
    const a = open();
    if (runs)
      edit(a.editor, () =>
        $getRoot().append(
          $createParagraphNode().append(
            $createTextNode('The quick '),
            $createTextNode('brown').toggleFormat('bold'),
            $createTextNode(' fox jumps.'),
          ),
        ),
      );
    else appendParagraphs(a.editor, 'The quick brown fox jumps.');
    const b = open(copyOf(a.doc));
    b.editor.read(() => undefined);
    return { a, b };
  }

  it('converge when two authors suggest in one paragraph at once, and pass the server’s checks', () => {
    const { a, b } = pair();
    const adaScreen = screen(a.doc, 'ada');
    const bobScreen = screen(b.doc, 'bob');
    screens.push(adaScreen.stop, bobScreen.stop);

    edit(a.editor, () => $select(0, 4, 9)); // "quick"
    type(a.editor, 'slow', ada);
    edit(b.editor, () => $select(0, 15)); // after "brown"
    type(b.editor, ' and red', bob);
    edit(b.editor, () => $select(0, 33)); // after "jumps" (b has 8 more characters)
    for (let i = 0; i < 5; i++) edit(b.editor, () => void $suggestDeleteCharacter(true, bob));

    deliver(a.doc, b);
    deliver(b.doc, a);
    expect(show(a.editor)).toBe('The [-ada:quick-]{+ada:slow+} brown{+bob: and red+} fox [-bob:jumps-].');
    expect(show(b.editor)).toBe(show(a.editor));
    expect(listed(b.editor)).toEqual(listed(a.editor));

    // Each keeps going after the sync: Ada types on in her insertion, Bob deletes a word of hers.
    edit(a.editor, () => $select(0, 13)); // end of "slow"
    type(a.editor, 'ish', ada);
    edit(b.editor, () => $select(0, 1, 3)); // "he"
    edit(b.editor, () => void $suggestDeleteSelection(bob, 'forward'));
    deliver(a.doc, b);
    deliver(b.doc, a);
    expect(show(a.editor)).toBe('T[-bob:he-] [-ada:quick-]{+ada:slowish+} brown{+bob: and red+} fox [-bob:jumps-].');
    expect(show(b.editor)).toBe(show(a.editor));
    expect(adaScreen.count()).toBeGreaterThan(5);
    expect(bobScreen.count()).toBeGreaterThan(10);
    expect([...adaScreen.problems, ...bobScreen.problems]).toEqual([]);
  });

  it('lets an author take back their own insertion letter by letter, within the server’s checks', () => {
    const { a, b } = pair();
    const screened = screen(a.doc, 'ada');
    screens.push(screened.stop);
    edit(a.editor, () => $select(0, 4));
    type(a.editor, 'very ', ada);
    for (let i = 0; i < 6; i++) edit(a.editor, () => void $suggestDeleteCharacter(true, ada));
    deliver(a.doc, b);
    // Five keys take "very " back; the sixth strikes the space before it.
    expect(show(b.editor)).toBe('The[-ada: -]quick brown fox jumps.');
    expect(show(a.editor)).toBe(show(b.editor));
    expect(screened.problems).toEqual([]);
  });

  it('gives both editors the same text when one accepts and the other rejects', () => {
    const { a, b } = pair();
    edit(a.editor, () => $select(0, 4, 9));
    type(a.editor, 'slow', ada);
    edit(b.editor, () => $select(0, 20, 25)); // "jumps"
    edit(b.editor, () => void $suggestDeleteSelection(bob, 'forward'));
    deliver(a.doc, b);
    deliver(b.doc, a);
    const bobs = b.editor.read(() => $listSuggestions().find((s) => s.by === 'bob')!.id);
    edit(a.editor, () => void $acceptAllBy('ada'));
    edit(b.editor, () => void $rejectSuggestion(bobs));
    deliver(a.doc, b);
    deliver(b.doc, a);
    expect(show(a.editor)).toBe('The slow brown fox jumps.');
    expect(show(b.editor)).toBe('The slow brown fox jumps.');
    expect(listed(a.editor)).toEqual([]);
  });

  it('undoes a suggestion cleanly, and redoes it, through the binding’s undo manager', () => {
    const { a, b } = pair();
    const screened = screen(a.doc, 'ada');
    screens.push(screened.stop);
    a.undoManager.stopCapturing();
    edit(a.editor, () => $select(0, 4, 9));
    type(a.editor, 'slow', ada);
    a.undoManager.stopCapturing();
    edit(a.editor, () => $select(0, 30));
    edit(a.editor, () => void $suggestDeleteCharacter(true, ada));
    expect(show(a.editor)).toBe('The [-ada:quick-]{+ada:slow+} brown fox jumps[-ada:.-]');

    a.undoManager.undo();
    expect(show(a.editor)).toBe('The [-ada:quick-]{+ada:slow+} brown fox jumps.');
    a.undoManager.undo();
    expect(show(a.editor)).toBe('The quick brown fox jumps.');
    expect(listed(a.editor)).toEqual([]);
    deliver(a.doc, b);
    expect(show(b.editor)).toBe('The quick brown fox jumps.');

    a.undoManager.redo();
    expect(show(a.editor)).toBe('The [-ada:quick-]{+ada:slow+} brown fox jumps.');
    deliver(a.doc, b);
    expect(listed(b.editor)).toEqual(listed(a.editor));
    expect(screened.problems).toEqual([]);
  });

  // A known limit of @lexical/yjs, not of suggestions: it stores a text node as a map followed
  // by its characters, and splitting a node re-inserts the split-off tail as new characters.
  // When two peers split the same text node at once (two suggestions, or bold and italic, in
  // one run of plain text), both re-insert the tail and the merged text holds it twice. The
  // peers still agree with each other, which is what this holds.
  it('converge even when both split the same text node at once (the tail may be doubled)', () => {
    const { a, b } = pair(false);
    edit(a.editor, () => $select(0, 4, 9));
    type(a.editor, 'slow', ada);
    edit(b.editor, () => $select(0, 20, 25));
    edit(b.editor, () => void $suggestDeleteSelection(bob, 'forward'));
    deliver(a.doc, b);
    deliver(b.doc, a);
    expect(show(b.editor)).toBe(show(a.editor));
    expect(listed(b.editor)).toEqual(listed(a.editor));
  });
});
