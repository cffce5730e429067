/**
 * Test support: a small document with every node type Accord registers and the usual traps
 * for exporters (markup typed as text, unsafe links, line breaks, nested lists).
 */
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, type TextFormatType } from 'lexical';
import { seededParagraphIds } from '../id-state.js';
import { $ensureParagraphIds } from '../paragraph-id.js';

function text(content: string, ...formats: TextFormatType[]) {
  const node = $createTextNode(content);
  for (const format of formats) node.toggleFormat(format);
  return node;
}

/** Builds the sample into the root, with ids from a fixed seed so outputs can be compared. */
export function $buildSampleDocument(): void {
  $getRoot().append(
    $createHeadingNode('h1').append(text('Policy Menus')),
    $createParagraphNode().append(
      text('The group met '),
      text('online', 'bold'),
      text(' and '),
      text('agreed', 'italic', 'underline'),
      text(' on the '),
      $createLinkNode('https://www.intgovforum.org/?a=1&b=2').append(text('draft')),
      text('.'),
    ),
    $createParagraphNode(),
    $createHeadingNode('h2').append(text('Findings')),
    $createParagraphNode().append(
      text('<script>alert(1)</script> and <img src=x onerror=alert(2)>'),
      $createLineBreakNode(),
      text('1. not a list, '),
      $createLinkNode('javascript:alert(3)').append(text('not a link')),
      text(' and '),
      text('x = y', 'code'),
      text(' '),
      text('gone', 'strikethrough'),
    ),
    $createQuoteNode().append(text('Access is a right. '), text('*Stars*', 'bold')),
    $createListNode('bullet').append(
      $createListItemNode().append(text('first')),
      $createListItemNode().append($createListNode('number').append($createListItemNode().append(text('nested')))),
      $createListItemNode().append(text('- second')),
    ),
    $createParagraphNode().append(text('# Last paragraph')),
  );
  $ensureParagraphIds({ newId: seededParagraphIds('sample') });
}
