import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setCompositionKey,
  BEFORE_INPUT_COMMAND,
  COMPOSITION_START_COMMAND,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_WORD_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { COMPOSITION_PLACEHOLDER, registerSuggestionMode } from './suggestion-mode.js';
import { appendParagraphs, readBlocks, useTestClients } from './testing/harness.js';
import { $marked, $select } from './testing/suggestion-text.js';

const ada = { personId: 'ada' };

/** A stand-in for a DOM event: what the handlers read, and whether they prevented the default. */
function fakeEvent<T>(fields: Record<string, unknown>): T & { prevented: boolean } {
  const event = {
    prevented: false,
    timeStamp: 0,
    preventDefault() {
      event.prevented = true;
    },
    ...fields,
  };
  return event as unknown as T & { prevented: boolean };
}

function dispatch<P>(editor: LexicalEditor, command: LexicalCommand<P>, payload: P): void {
  editor.update(() => void editor.dispatchCommand(command, payload), { discrete: true });
}

function show(editor: LexicalEditor, block = 0): string {
  return editor.read(() => $marked(block));
}

describe('suggestion mode', () => {
  const open = useTestClients();

  function suggesting(text = 'The quick fox.') {
    const client = open();
    appendParagraphs(client.editor, text);
    const off = registerSuggestionMode(client.editor, ada);
    return { ...client, off };
  }

  it('turns typing through commands and through beforeinput into an insert suggestion', () => {
    const { editor } = suggesting();
    update(editor, () => $select(0, 4));
    dispatch(editor, CONTROLLED_TEXT_INSERTION_COMMAND, 'very ');
    const input = fakeEvent<InputEvent>({ inputType: 'insertText', data: 'x', dataTransfer: null });
    dispatch(editor, BEFORE_INPUT_COMMAND, input);
    expect(input.prevented).toBe(true); // the browser must not type it natively
    expect(show(editor)).toBe('The {+very x|+}quick fox.');
  });

  it('turns Backspace, Delete and word deletion into delete suggestions', () => {
    const { editor } = suggesting();
    update(editor, () => $select(0, 9));
    const key = fakeEvent<KeyboardEvent>({ key: 'Backspace' });
    dispatch(editor, KEY_BACKSPACE_COMMAND, key);
    expect(key.prevented).toBe(true);
    dispatch(editor, DELETE_CHARACTER_COMMAND, true);
    expect(show(editor)).toBe('The qui|[-ck-] fox.');
    dispatch(editor, DELETE_WORD_COMMAND, true);
    expect(show(editor)).toBe('The |[-quick-] fox.');
    const input = fakeEvent<InputEvent>({ inputType: 'deleteContentForward', data: null });
    update(editor, () => $select(0, 10));
    dispatch(editor, BEFORE_INPUT_COMMAND, input);
    expect(input.prevented).toBe(true);
    expect(show(editor)).toBe('The [-quick-] [-f-]|ox.');
  });

  it('turns cut-like removal and pasted text into suggestions', () => {
    const { editor } = suggesting();
    update(editor, () => $select(0, 10, 13));
    dispatch(editor, REMOVE_TEXT_COMMAND, null);
    expect(show(editor)).toBe('The quick [-fox-]|.');
    const paste = fakeEvent<ClipboardEvent>({ clipboardData: { getData: () => 'cat' } });
    dispatch(editor, PASTE_COMMAND, paste);
    expect(paste.prevented).toBe(true);
    expect(show(editor)).toBe('The quick [-fox-]{+cat|+}.');
  });

  it('refuses structure and formatting', () => {
    const { editor } = suggesting();
    update(editor, () => $select(0, 4, 9));
    dispatch(editor, FORMAT_TEXT_COMMAND, 'bold');
    update(editor, () => $select(0, 4));
    dispatch(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    const enter = fakeEvent<InputEvent>({ inputType: 'insertParagraph', data: null });
    dispatch(editor, BEFORE_INPUT_COMMAND, enter);
    expect(enter.prevented).toBe(true);
    expect(readBlocks(editor).map((b) => b.text)).toEqual(['The quick fox.']);
    expect(
      editor.read(() =>
        $getRoot()
          .getAllTextNodes()
          .some((n) => n.hasFormat('bold')),
      ),
    ).toBe(false);
  });

  it('puts IME composition into an insert suggestion and drops the placeholder when it ends', () => {
    const { editor } = suggesting('ab');
    update(editor, () => $select(0, 1));
    dispatch(editor, COMPOSITION_START_COMMAND, fakeEvent<CompositionEvent>({ data: '' }));
    expect(show(editor).replaceAll(COMPOSITION_PLACEHOLDER, '·')).toBe('a{+·|·+}b');
    // The browser writes the composed text into the DOM node; Lexical reads it back, then ends composing.
    update(editor, () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      const node = selection.anchor.getNode();
      if (!$isTextNode(node)) throw new Error('caret not in text');
      node.setTextContent(`${node.getTextContent()}日本`);
      node.select(node.getTextContentSize(), node.getTextContentSize());
      $setCompositionKey(null);
    });
    expect(show(editor)).toBe('a{+日本|+}b');
  });

  it('stops when unregistered', () => {
    const { editor, off } = suggesting('ab');
    off();
    update(editor, () => $select(0, 1));
    dispatch(editor, CONTROLLED_TEXT_INSERTION_COMMAND, 'x');
    expect(show(editor)).toBe('ax|b');
  });

  it('lets the undo manager take a suggestion back', () => {
    const { editor, undoManager } = suggesting();
    undoManager.stopCapturing();
    update(editor, () => $select(0, 4, 9));
    dispatch(editor, CONTROLLED_TEXT_INSERTION_COMMAND, 'slow');
    expect(show(editor)).toBe('The [-quick-]{+slow|+} fox.');
    undoManager.undo();
    expect(editor.read(() => $marked(0).replace('|', ''))).toBe('The quick fox.');
  });
});

function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}
