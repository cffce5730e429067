import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  $blockAt,
  $caretAt,
  $paste,
  $serializeTree,
  appendParagraphs,
  copyOf,
  deliver,
  useTestClients,
  pressBackspace,
  pressEnter,
  readBlocks,
  type TestBlock,
  type TestClient,
} from './testing/harness.js';

// Undo in Accord is Yjs' UndoManager through the binding, exactly as CollaborationPlugin sets
// it up (`createUndoManager`: scope = the root XmlText, tracked origin = the binding). Undo and
// redo reach Lexical as `historic` updates; the ids must come back from Yjs itself, with no
// repair needed (a repair would be a new tracked change and would empty the redo stack).

const openClient = useTestClients();

/** A client with content that is not on its undo stack (as if loaded from the server). */
function clientWith(...texts: string[]): TestClient {
  const c = openClient();
  appendParagraphs(c.editor, ...texts);
  c.undoManager.clear();
  return c;
}

/** One user action, as its own undo step (the browser separates them by time). */
function act(c: TestClient, action: (editor: LexicalEditor) => void): void {
  c.undoManager.stopCapturing();
  action(c.editor);
}

function enterAt(block: number, offset: number) {
  return (editor: LexicalEditor): void => pressEnter(editor, block, offset);
}

/** Undo, then redo, checking the blocks at each step and that the redo stack survived. */
function expectUndoRedo(c: TestClient, before: TestBlock[], after: TestBlock[]): void {
  c.undoManager.undo();
  expect(readBlocks(c.editor)).toEqual(before);
  expect(c.undoManager.canRedo()).toBe(true);
  c.undoManager.redo();
  expect(readBlocks(c.editor)).toEqual(after);
  c.undoManager.undo();
  expect(readBlocks(c.editor)).toEqual(before);
}

describe('undo and redo through the Yjs UndoManager restore ids', () => {
  it('of a split in the middle', () => {
    const c = clientWith('alpha beta', 'gamma');
    const before = readBlocks(c.editor);
    act(c, enterAt(0, 6));
    const after = readBlocks(c.editor);
    expect(after.map((b) => b.text)).toEqual(['alpha ', 'beta', 'gamma']);
    expectUndoRedo(c, before, after);
  });

  it('of Enter at the start, where the id moved with the text', () => {
    const c = clientWith('alpha', 'beta');
    const before = readBlocks(c.editor);
    act(c, enterAt(1, 0));
    const after = readBlocks(c.editor);
    expect(after[2]).toEqual(before[1]);
    expectUndoRedo(c, before, after);
  });

  it('of a merge by Backspace', () => {
    const c = clientWith('alpha', 'beta', 'gamma');
    const before = readBlocks(c.editor);
    act(c, (editor) => pressBackspace(editor, 1, 0));
    const after = readBlocks(c.editor);
    expect(after.map((b) => b.text)).toEqual(['alphabeta', 'gamma']);
    expectUndoRedo(c, before, after);
  });

  it('of deleting a paragraph', () => {
    const c = clientWith('alpha', 'beta', 'gamma');
    const before = readBlocks(c.editor);
    act(c, (editor) => editor.update(() => $blockAt(1).remove(), { discrete: true }));
    const after = readBlocks(c.editor);
    expect(after.map((b) => b.text)).toEqual(['alpha', 'gamma']);
    expectUndoRedo(c, before, after);
  });

  it('of pasting copies of existing paragraphs', () => {
    const c = clientWith('alpha', 'beta');
    const before = readBlocks(c.editor);
    const clipboard = c.editor.read(() => [$serializeTree($blockAt(0)), $serializeTree($blockAt(1))]);
    act(c, (editor) =>
      editor.update(
        () => {
          $getRoot().append($createParagraphNode());
          $caretAt(2, 0);
          $paste(clipboard);
        },
        { discrete: true },
      ),
    );
    const after = readBlocks(c.editor);
    expect(after.map((b) => b.text)).toEqual(['alpha', 'beta', 'alpha', 'beta']);
    expect(new Set(after.map((b) => b.id)).size).toBe(4);
    expectUndoRedo(c, before, after);
  });

  it('of several steps, back to the start and forward again', () => {
    const c = clientWith('one two three');
    const states = [readBlocks(c.editor)];
    act(c, enterAt(0, 4));
    states.push(readBlocks(c.editor));
    act(c, enterAt(1, 4));
    states.push(readBlocks(c.editor));
    act(c, enterAt(0, 0));
    states.push(readBlocks(c.editor));
    expect(states[3]!.map((b) => b.text)).toEqual(['', 'one ', 'two ', 'three']);
    for (let i = states.length - 2; i >= 0; i--) {
      c.undoManager.undo();
      expect(readBlocks(c.editor)).toEqual(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      c.undoManager.redo();
      expect(readBlocks(c.editor)).toEqual(states[i]);
    }
  });

  it('only of the user’s own edits: a peer’s paragraph and its id stay', () => {
    const a = clientWith('alpha');
    const b = openClient(copyOf(a.doc));
    // `deliver` applies updates with an origin of their own, as a provider does:
    // `createUndoManager` tracks the binding and `null`, so a remote update applied without an
    // origin would count as the local user's edit.
    const sync = (): void => {
      deliver(a.doc, b);
      deliver(b.doc, a);
    };
    act(a, enterAt(0, 5));
    act(b, (editor) => appendParagraphs(editor, 'from b'));
    sync();
    // Concurrent inserts at one place are ordered by Yjs client id, so find blocks by text.
    const merged = readBlocks(a.editor);
    expect(merged.map((x) => x.text).sort()).toEqual(['', 'alpha', 'from b']);
    const alpha = merged.find((x) => x.text === 'alpha')!;
    const fromB = merged.find((x) => x.text === 'from b')!;
    a.undoManager.undo();
    sync();
    expect(readBlocks(a.editor)).toEqual([alpha, fromB]);
    expect(readBlocks(b.editor)).toEqual([alpha, fromB]);
  });
});
