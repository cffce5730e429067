/**
 * Suggestion mode: while registered, what the person types, deletes, cuts and pastes becomes
 * suggestions in their name instead of changes (`suggestions.ts`). Every route by which
 * Lexical edits text is taken over at `COMMAND_PRIORITY_CRITICAL`, before the rich-text
 * plugin's handlers:
 *
 * - `BEFORE_INPUT_COMMAND`: Lexical lets the browser type most characters natively and reads
 *   them back from the DOM afterwards (`insertText` without `preventDefault`), a path no text
 *   command sees; here every text-changing `beforeinput` is prevented and done as a suggestion.
 * - the commands Lexical's key and clipboard handling dispatch: text insertion, Backspace,
 *   Delete (character, word, line), cut, paste (as plain text).
 * - IME composition (Chinese, Japanese, Korean input): the browser writes the composed text
 *   into the DOM text node under the caret, outside any command. At composition start the
 *   caret is moved into a new insert suggestion (holding a zero-width space, as Lexical itself
 *   does), so the composed text lands in it; the placeholder is dropped once composing ends.
 *
 * Structure is not suggested yet: Enter, Shift+Enter, Tab, indenting, text and block
 * formatting, lists, links and drag-and-drop do nothing in suggestion mode. Toolbar actions
 * that call `editor.update` directly (not through a command) are not covered: the toolbar must
 * disable them while suggesting.
 */
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setCompositionKey,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMPOSITION_START_COMMAND,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  COPY_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_TAB_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  mergeRegister,
  OUTDENT_CONTENT_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  TextNode,
} from 'lexical';
import type { DeletionUnit } from './suggestion-extent.js';
import {
  $isOwnSuggestion,
  $suggestDelete,
  $suggestDeleteSelection,
  $suggestInsertText,
  type SuggestionAuthor,
} from './suggestions.js';

/** What an IME composition starts from: a zero-width space Lexical also uses, removed when it ends. */
export const COMPOSITION_PLACEHOLDER = '\u200b';

/** The `beforeinput` types that delete, with their direction and reach. */
const DELETIONS: Readonly<Record<string, [isBackward: boolean, unit: DeletionUnit]>> = {
  deleteContentBackward: [true, 'character'],
  deleteContentForward: [false, 'character'],
  deleteContent: [false, 'character'],
  deleteWordBackward: [true, 'word'],
  deleteWordForward: [false, 'word'],
  deleteSoftLineBackward: [true, 'line'],
  deleteSoftLineForward: [false, 'line'],
  deleteHardLineBackward: [true, 'line'],
  deleteHardLineForward: [false, 'line'],
  deleteEntireSoftLine: [true, 'line'],
};

/** The `beforeinput` types that insert text taken from the event. */
const INSERTIONS = new Set([
  'insertText',
  'insertTranspose',
  'insertReplacementText',
  'insertFromYank',
  'insertFromDrop',
  'insertFromPaste',
  'insertFromPasteAsQuotation',
]);

/** The `beforeinput` types that remove the selection (cut, drag away, IME replacing a selection). */
const REMOVALS = new Set(['deleteByCut', 'deleteByDrag', 'deleteByComposition']);

/** Structure and formatting: swallowed in suggestion mode. */
// biome-ignore lint/suspicious/noExplicitAny: commands of every payload type
const REFUSED: ReadonlyArray<LexicalCommand<any>> = [
  INSERT_PARAGRAPH_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_TAB_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  INSERT_CHECK_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
  TOGGLE_LINK_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
];

/** The plain text an input or clipboard event carries. */
function textOf(event: {
  data?: string | null;
  dataTransfer?: DataTransferLike | null;
  clipboardData?: DataTransferLike | null;
}): string {
  const transfer = event.clipboardData ?? event.dataTransfer;
  const fromTransfer = transfer ? transfer.getData('text/plain') : '';
  return fromTransfer !== '' ? fromTransfer : (event.data ?? '');
}

interface DataTransferLike {
  getData(format: string): string;
}

interface EventLike {
  preventDefault(): void;
}

/**
 * Puts `editor` in suggestion mode for `author` until the returned function is called. Undo
 * and redo keep working (they go through the Yjs undo manager and undo suggestions like any
 * edit).
 */
export function registerSuggestionMode(editor: LexicalEditor, author: SuggestionAuthor): () => void {
  const critical = <P>(command: LexicalCommand<P>, handler: (payload: P) => boolean): (() => void) =>
    editor.registerCommand(command, handler, COMMAND_PRIORITY_CRITICAL);
  const deletion = (isBackward: boolean, unit: DeletionUnit) => (): boolean => {
    $suggestDelete(isBackward, author, unit);
    return true;
  };

  const onBeforeInput = (event: InputEvent): boolean => {
    const type = event.inputType;
    const reach = Object.hasOwn(DELETIONS, type) ? DELETIONS[type] : undefined;
    if (reach) {
      event.preventDefault();
      $suggestDelete(reach[0], author, reach[1]);
      return true;
    }
    if (INSERTIONS.has(type)) {
      event.preventDefault();
      applyTargetRange(event);
      const text = textOf(event);
      // A lone line break is Enter (structure): refused like INSERT_PARAGRAPH_COMMAND.
      if (text !== '' && text !== '\n' && text !== '\n\n') $suggestInsertText(text, author);
      return true;
    }
    if (REMOVALS.has(type)) {
      event.preventDefault();
      applyTargetRange(event);
      $suggestDeleteSelection(author, 'forward');
      return true;
    }
    if (type === 'insertParagraph' || type === 'insertLineBreak' || type.startsWith('format')) {
      event.preventDefault();
      return true;
    }
    // Composition text, undo and redo: Lexical's own handling.
    return false;
  };

  return mergeRegister(
    critical(BEFORE_INPUT_COMMAND, onBeforeInput),
    critical(CONTROLLED_TEXT_INSERTION_COMMAND, (payload) => {
      const text = typeof payload === 'string' ? payload : textOf(payload);
      if (text !== '') $suggestInsertText(text, author);
      return true;
    }),
    critical(DELETE_CHARACTER_COMMAND, (isBackward) => deletion(isBackward, 'character')()),
    critical(DELETE_WORD_COMMAND, (isBackward) => deletion(isBackward, 'word')()),
    critical(DELETE_LINE_COMMAND, (isBackward) => deletion(isBackward, 'line')()),
    critical(KEY_BACKSPACE_COMMAND, (event) => {
      event.preventDefault();
      return deletion(true, 'character')();
    }),
    critical(KEY_DELETE_COMMAND, (event) => {
      event.preventDefault();
      return deletion(false, 'character')();
    }),
    critical(REMOVE_TEXT_COMMAND, (event) => {
      (event as EventLike | null)?.preventDefault();
      $suggestDeleteSelection(author, 'forward');
      return true;
    }),
    critical(CUT_COMMAND, (event) => {
      // The clipboard gets the text as copying gives it; the text stays, struck. Copying
      // queues an update of its own (it reads the selection there), so the strike is queued
      // after it: struck first, there would be no selection left to copy.
      editor.dispatchCommand(COPY_COMMAND, event);
      editor.update(() => void $suggestDeleteSelection(author, 'forward'));
      return true;
    }),
    critical(PASTE_COMMAND, (event) => {
      event.preventDefault();
      const text = textOf(event as Parameters<typeof textOf>[0]);
      if (text !== '') $suggestInsertText(text, author);
      return true;
    }),
    ...REFUSED.map((command) =>
      critical(command, (payload: unknown) => {
        (payload as Partial<EventLike> | null)?.preventDefault?.();
        return true;
      }),
    ),
    critical(COMPOSITION_START_COMMAND, () => {
      $prepareComposition(author);
      return false; // Lexical's handler marks the node under the caret as composing, if not yet
    }),
    editor.registerNodeTransform(TextNode, (node) => {
      if (node.isComposing() || !node.getTextContent().includes(COMPOSITION_PLACEHOLDER)) return;
      if ($isOwnSuggestion(node.getParent(), author, 'insert')) $dropPlaceholders(node);
    }),
  );
}

/**
 * Selects what the browser means to replace, when that is a range: a spelling correction
 * (`insertReplacementText`) or autocorrect names the misspelt word, not the caret.
 */
function applyTargetRange(event: InputEvent): void {
  const range = typeof event.getTargetRanges === 'function' ? event.getTargetRanges()[0] : undefined;
  const selection = $getSelection();
  if (range && !range.collapsed && $isRangeSelection(selection)) selection.applyDOMRange(range);
}

/**
 * Puts the caret between two placeholders inside an insert suggestion of the author's, where
 * the browser then composes. Between them, never at the end of the suggestion's text: there
 * Lexical would take each composition update for text typed after an element that refuses it
 * (`canInsertTextAfter`) and insert it again instead of reading the DOM back.
 */
function $prepareComposition(author: SuggestionAuthor): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const anchor = selection.anchor.getNode();
  const inside =
    selection.isCollapsed() &&
    $isTextNode(anchor) &&
    $isOwnSuggestion(anchor.getParent(), author, 'insert') &&
    selection.anchor.offset > 0 &&
    selection.anchor.offset < anchor.getTextContentSize();
  if (inside || !$suggestInsertText(COMPOSITION_PLACEHOLDER.repeat(2), author)) return;
  const caret = $getSelection();
  if (!$isRangeSelection(caret) || caret.anchor.type !== 'text') return;
  const { key, offset } = caret.anchor;
  caret.anchor.set(key, offset - 1, 'text');
  caret.focus.set(key, offset - 1, 'text');
  // Composing from here on: the placeholders stay until it ends, and Lexical's own start
  // handler, seeing a composition under way, leaves the caret where it is.
  $setCompositionKey(key);
}

/** Removes composition placeholders from `node`, keeping the caret on the same character. */
function $dropPlaceholders(node: TextNode): void {
  const text = node.getTextContent();
  const kept = text.replaceAll(COMPOSITION_PLACEHOLDER, '');
  if (kept === '') {
    node.remove();
    return;
  }
  const selection = $getSelection();
  const points = $isRangeSelection(selection)
    ? [selection.anchor, selection.focus].filter((point) => point.key === node.getKey() && point.type === 'text')
    : [];
  const shifted = points.map((point) => text.slice(0, point.offset).replaceAll(COMPOSITION_PLACEHOLDER, '').length);
  node.setTextContent(kept);
  points.forEach((point, i) => point.set(node.getKey(), shifted[i]!, 'text'));
}
