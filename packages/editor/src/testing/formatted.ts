/**
 * Test support for issue 12 (formatting survives freezing): a paragraph with every kept mark,
 * a safe and an unsafe link and markup typed as text, then a bulleted list with a numbered
 * list nested in it. Tests outside this package use it because only this package depends on
 * the Lexical node packages.
 */
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, type TextFormatType } from 'lexical';

const text = (content: string, ...formats: TextFormatType[]) => {
  const node = $createTextNode(content);
  for (const format of formats) node.toggleFormat(format);
  return node;
};

/** Replaces the document's content with the formatted sample. Call inside `editor.update`. */
export function $writeFormattedSample(): void {
  $getRoot().clear();
  $getRoot().append(
    $createParagraphNode().append(
      text('Access is '),
      text('essential', 'bold'),
      text(', '),
      text('affordable', 'italic'),
      text(' and '),
      text('meaningful', 'underline'),
      text('; see the '),
      $createLinkNode('https://www.intgovforum.org/en/bpf').append(text('BPF page')),
      text(' and '),
      $createLinkNode('javascript:alert(1)').append(text('this')),
      text('. States shall act <now>.'),
    ),
    $createListNode('bullet').append(
      $createListItemNode().append(text('Infrastructure', 'bold')),
      $createListItemNode().append(
        $createListNode('number').append(
          $createListItemNode().append(text('fibre')),
          $createListItemNode().append(text('spectrum')),
        ),
      ),
      $createListItemNode().append(text('Skills')),
    ),
  );
}
