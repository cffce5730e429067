/**
 * Test support for the schema check (not exported from the package): one random edit of the kinds
 * a person makes in the browser editor, through the same Lexical commands (typing, bold, links,
 * brackets, Enter, lists, paste). The fuzz test of the server's update check makes these on a
 * real editor between its invalid updates, and none of them may be refused.
 */
import { $toggleLink } from '@lexical/link';
import { INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $getSelection, $isTextNode, FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import { $bracketPassage } from './brackets.js';
import {
  $blockAt,
  $caretAt,
  $paste,
  $serializeTree,
  appendParagraphs,
  pressEnter,
  readBlocks,
} from './testing/harness.js';

/** The kinds of edit {@link honestEdit} makes. */
export const HONEST_EDITS = ['append', 'type', 'format', 'link', 'bracket', 'enter', 'list', 'paste'] as const;

/**
 * Makes one edit chosen with `int` (a seeded `n => 0..n-1`) on `editor`, committed at once so
 * its Yjs update is sent; returns which kind it was. `round` makes the inserted text unique.
 */
export function honestEdit(
  int: (n: number) => number,
  editor: LexicalEditor,
  round: number,
): (typeof HONEST_EDITS)[number] {
  const blocks = readBlocks(editor);
  const paragraphs = blocks.map((b, i) => ({ ...b, i })).filter((b) => b.type === 'paragraph' && b.text.length >= 6);
  const target = paragraphs.length ? paragraphs[int(paragraphs.length)] : undefined;
  const marker = `honest ${round}`;
  const kind = target ? int(8) : 0;
  const update = (fn: () => void) => editor.update(fn, { discrete: true });
  switch (kind) {
    case 0:
      appendParagraphs(editor, `A ${marker} paragraph about access.`);
      return 'append';
    case 1:
      update(() => {
        $caretAt(target!.i, 1 + int(target!.text.length - 1));
        $getSelection()!.insertText(` ${marker} `);
      });
      return 'type';
    case 2:
      update(() => {
        const text = $blockAt(target!.i).getFirstDescendant();
        if ($isTextNode(text) && text.getTextContentSize() > 3) text.select(0, 3);
        editor.dispatchCommand(FORMAT_TEXT_COMMAND, (['bold', 'italic', 'underline'] as const)[int(3)]!);
      });
      return 'format';
    case 3:
      update(() => {
        const text = $blockAt(target!.i).getLastDescendant();
        if ($isTextNode(text) && text.getTextContentSize() > 3) text.select(1, 3);
        $toggleLink(`https://example.org/${round}`);
      });
      return 'link';
    case 4:
      update(() => {
        try {
          $bracketPassage(target!.id, 1, Math.min(target!.text.length, 5));
        } catch {
          /* the passage crosses a bracket or link edge: an editor would refuse it too */
        }
      });
      return 'bracket';
    case 5:
      pressEnter(editor, target!.i, 1 + int(target!.text.length - 1));
      return 'enter';
    case 6:
      update(() => {
        $caretAt(target!.i, 0);
        editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      });
      return 'list';
    default:
      update(() => {
        const copied = [$serializeTree($blockAt(target!.i))];
        $caretAt(target!.i, 0);
        $paste(copied);
      });
      return 'paste';
  }
}
