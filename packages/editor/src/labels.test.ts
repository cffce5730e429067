import { $createHeadingNode } from '@lexical/rich-text';
import { $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertedLabel, labelParagraphs, labelsByBlock, type BaselineParagraph } from './labels.js';
import { numberBlocks } from './numbering.js';
import { renderYDoc } from './render-doc.js';
import { appendParagraphs, readBlocks, useTestClients } from './testing/harness.js';

const client = useTestClients();

/** Live blocks from ids in order ('h:' makes a heading, '' text an empty paragraph), numbered as the editor does. */
function live(...ids: string[]) {
  return numberBlocks(
    ids.map((id) =>
      id.startsWith('h:') ? { id, type: 'heading' as const, text: id } : { id, type: 'paragraph' as const, text: id },
    ),
  );
}

/** A baseline numbering ids 1 … n in the order given. */
const baselineOf = (...ids: string[]): BaselineParagraph[] => ids.map((blockId, i) => ({ blockId, number: i + 1 }));

const shown = (entries: ReturnType<typeof labelParagraphs>) =>
  entries.map((e) => (e.deleted ? `${e.label} [deleted]` : e.label));

describe('labelParagraphs', () => {
  it('without a baseline labels are the ordinals of the numbered paragraphs', () => {
    const entries = labelParagraphs(live('a', 'h:title', 'b', 'c'));
    expect(entries).toEqual([
      { blockId: 'a', number: 1, label: '1', deleted: false },
      { blockId: 'b', number: 2, label: '2', deleted: false },
      { blockId: 'c', number: 3, label: '3', deleted: false },
    ]);
  });

  it('two paragraphs inserted after 4 and 6 deleted: 4, 4bis, 4ter, 5, 6 [deleted], 7 (the issue)', () => {
    const baseline = baselineOf('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8');
    const entries = labelParagraphs(live('p1', 'p2', 'p3', 'p4', 'n1', 'n2', 'p5', 'p7', 'p8'), baseline);
    expect(shown(entries)).toEqual(['1', '2', '3', '4', '4bis', '4ter', '5', '6 [deleted]', '7', '8']);
    // The ordinal stays beside the label; the deleted entry has none and names the old block.
    expect(entries.find((e) => e.blockId === 'p7')).toEqual({ blockId: 'p7', number: 8, label: '7', deleted: false });
    expect(entries.find((e) => e.deleted)).toEqual({ blockId: 'p6', number: null, label: '6', deleted: true });
  });

  it('the Latin series runs to vicies, then falls back to a readable count', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => insertedLabel(4, n))).toEqual([
      '4bis',
      '4ter',
      '4quater',
      '4quinquies',
      '4sexies',
      '4septies',
      '4octies',
      '4novies',
      '4decies',
    ]);
    expect(insertedLabel(4, 19)).toBe('4vicies');
    expect(insertedLabel(4, 20)).toBe('4 (21)');
  });

  it('paragraphs inserted before the first baseline paragraph are 0bis, 0ter', () => {
    expect(shown(labelParagraphs(live('n1', 'n2', 'p1', 'p2'), baselineOf('p1', 'p2')))).toEqual([
      '0bis',
      '0ter',
      '1',
      '2',
    ]);
  });

  it('deleted paragraphs at the start and the end stay in their place', () => {
    expect(shown(labelParagraphs(live('p2', 'p3'), baselineOf('p1', 'p2', 'p3', 'p4')))).toEqual([
      '1 [deleted]',
      '2',
      '3',
      '4 [deleted]',
    ]);
  });

  it('a paragraph emptied or made a heading counts as deleted; an empty paragraph gets no label', () => {
    const blocks = numberBlocks([
      { id: 'p1', type: 'paragraph' as const, text: 'one' },
      { id: 'p2', type: 'paragraph' as const, text: ' ' },
      { id: 'p3', type: 'heading' as const, text: 'three' },
      { id: 'p4', type: 'paragraph' as const, text: 'four' },
    ]);
    expect(shown(labelParagraphs(blocks, baselineOf('p1', 'p2', 'p3', 'p4')))).toEqual([
      '1',
      '2 [deleted]',
      '3 [deleted]',
      '4',
    ]);
  });

  it('a moved paragraph keeps its number; insertions after it continue the series of the last one in order', () => {
    const baseline = baselineOf('p1', 'p2', 'p3', 'p4', 'p5');
    // p2 moved after p4, then a new paragraph after it.
    expect(shown(labelParagraphs(live('p1', 'p3', 'p4', 'p2', 'n1', 'p5'), baseline))).toEqual([
      '1',
      '3',
      '4',
      '2',
      '4bis',
      '5',
    ]);
    // The last paragraph moved to the top: the others stay anchors, so an insertion after 4 is still 4bis.
    expect(shown(labelParagraphs(live('p5', 'p1', 'p2', 'p3', 'p4', 'n1'), baseline))).toEqual([
      '5',
      '1',
      '2',
      '3',
      '4',
      '4bis',
    ]);
  });

  it('labels are unique, whatever was inserted, moved and deleted', () => {
    const baseline = baselineOf('p1', 'p2', 'p3', 'p4', 'p5', 'p6');
    const entries = labelParagraphs(live('n0', 'p4', 'n1', 'p1', 'n2', 'p6', 'p2', 'n3', 'n4'), baseline);
    const labels = entries.map((e) => e.label);
    expect(new Set(labels).size).toBe(labels.length);
    // Longest in-order run: 1, 2; 4 and 6 moved (they keep their numbers); 3 and 5 deleted, after 2.
    expect(shown(entries)).toEqual([
      '0bis',
      '4',
      '0ter',
      '1',
      '1bis',
      '6',
      '2',
      '2bis',
      '2ter',
      '3 [deleted]',
      '5 [deleted]',
    ]);
  });

  it('after a renumber (baseline = the live numbering) labels are 1 … n again', () => {
    const blocks = live('p1', 'n1', 'p3', 'h:x', 'n2');
    const renumbered = blocks.flatMap((b) => (b.number === null ? [] : [{ blockId: b.id, number: b.number }]));
    expect(shown(labelParagraphs(blocks, renumbered))).toEqual(['1', '2', '3', '4']);
  });

  it('labelsByBlock maps live paragraphs only', () => {
    const entries = labelParagraphs(live('p1', 'n1'), baselineOf('p1', 'p2'));
    expect([...labelsByBlock(entries)]).toEqual([
      ['p1', '1'],
      ['n1', '1bis'],
    ]);
  });
});

describe('Markdown and HTML with a frozen numbering', () => {
  it('label paragraphs and show deleted ones where they were, before the next numbered paragraph', () => {
    const { editor, doc } = client();
    appendParagraphs(editor, 'One.', 'Two.', 'Three.', 'Four.');
    const baseline = readBlocks(editor)
      .filter((b) => b.text !== '')
      .map((b, i) => ({ blockId: b.id, number: i + 1 }));
    editor.update(
      () => {
        const blocks = $getRoot()
          .getChildren()
          .filter((n) => n.getTextContent() !== '');
        blocks[2]!.remove(); // Three.
        blocks[0]!.insertAfter($createHeadingNode('h2').append($createTextNode('A heading')));
      },
      { discrete: true },
    );
    appendParagraphs(editor, 'Five, new.');
    const state = Y.encodeStateAsUpdate(doc);
    const markdown = renderYDoc(state, 'markdown', { baseline });
    const lines = markdown
      .split('\n\n')
      .map((l) => l.replace(/ <!-- id: [^>]+ -->/, '').trim())
      .filter((l) => l !== '');
    expect(lines).toEqual([
      '**1.** One.',
      '## A heading',
      '**2.** Two.',
      '**3.** [deleted]',
      '**4.** Four.',
      '**4bis.** Five, new.',
    ]);
    const html = renderYDoc(state, 'html', { baseline });
    expect(html).toContain('<p class="deleted" data-number="3"><span class="num">3</span> [deleted]</p>');
    expect(html).toContain('data-number="4bis"><span class="num">4bis</span> Five, new.</p>');
    // Without a baseline: the ordinals, nothing deleted.
    expect(renderYDoc(state, 'markdown')).toContain('**4.** Five, new.');
    expect(renderYDoc(state, 'markdown')).not.toContain('[deleted]');
  });
});
