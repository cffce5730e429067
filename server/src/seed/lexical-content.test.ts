import { $listBlocks, openHeadlessCollabEditor } from '@accord/editor';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { magMeetingSummary } from './content/index.js';
import { demoDocuments } from './demo.js';
import {
  $readPlainBlocks,
  blocksToYjsUpdate,
  seedBlocksToPlainBlocks,
  yjsUpdateToPlainBlocks,
  type PlainBlock,
} from './lexical-content.js';

/** Reads a doc's content through a fresh editor that receives it as a remote update. */
function docToPlainBlocks(doc: Y.Doc): PlainBlock[] {
  return yjsUpdateToPlainBlocks(Y.encodeStateAsUpdate(doc));
}

function docFrom(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('blocksToYjsUpdate / yjsUpdateToPlainBlocks', () => {
  it.each(demoDocuments.map((d) => [d.id, d] as const))(
    'round-trips %s with block types and texts in order',
    (_id, d) => {
      const plain = yjsUpdateToPlainBlocks(blocksToYjsUpdate(d.blocks));
      expect(plain).toEqual(seedBlocksToPlainBlocks(d.blocks));
    },
  );

  it('lays the content out as @lexical/yjs does: element XmlTexts under the root XmlText', () => {
    const doc = docFrom(
      blocksToYjsUpdate([
        { type: 'heading', level: 2, text: 'Introduction' },
        { type: 'paragraph', text: 'First paragraph.' },
        { type: 'bullet-list', items: ['one', 'two', 'three'] },
      ]),
    );
    const children = doc
      .get('root', Y.XmlText)
      .toDelta()
      .map((op: { insert: unknown }) => op.insert);
    expect(children).toHaveLength(3);
    const [heading, paragraph, list] = children as Y.XmlText[];
    expect(heading!.getAttributes()).toMatchObject({ __type: 'heading', __tag: 'h2' });
    expect(paragraph!.getAttributes()).toMatchObject({ __type: 'paragraph' });
    expect(list!.getAttributes()).toMatchObject({ __type: 'list', __listType: 'bullet', __tag: 'ul' });

    // A text node is a Y.Map of properties followed by its characters in the parent's XmlText.
    const [textProps, text] = paragraph!.toDelta().map((op: { insert: unknown }) => op.insert);
    expect(textProps).toBeInstanceOf(Y.Map);
    expect((textProps as Y.Map<unknown>).get('__type')).toBe('text');
    expect(text).toBe('First paragraph.');

    // The list node's own transform numbered the items, as the browser would have.
    const items = list!.toDelta().map((op: { insert: Y.XmlText }) => op.insert.getAttributes());
    expect(items).toEqual([
      expect.objectContaining({ __type: 'listitem', __value: 1 }),
      expect.objectContaining({ __type: 'listitem', __value: 2 }),
      expect.objectContaining({ __type: 'listitem', __value: 3 }),
    ]);
  });

  it('keeps every numbered paragraph of the meeting summary, without its number or markup', () => {
    // The source numbers its paragraphs 1 to 16; everything else is a heading or a list.
    const paragraphs = magMeetingSummary.blocks.filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(16);
    const plain = yjsUpdateToPlainBlocks(blocksToYjsUpdate(magMeetingSummary.blocks));
    expect(plain.filter((b) => b.type === 'paragraph')).toHaveLength(16);
    for (const p of paragraphs) {
      expect(p.text).not.toMatch(/^\s*(-\s*)?\d+\.\s/);
      expect(p.text).not.toContain('*');
    }
    expect(paragraphs[0]!.text).toMatch(/^The fifth virtual meeting of the IGF Multistakeholder Advisory Group/);
    expect(paragraphs[4]!.text).toContain('on a voluntary basis');
    expect(paragraphs[15]!.text).toBe('The next virtual MAG meeting will be held on 18 March.');
  });

  it('does not duplicate content when the same update is applied twice to one doc', () => {
    const blocks = demoDocuments[2]!.blocks;
    const update = blocksToYjsUpdate(blocks);
    const doc = docFrom(update, update);
    expect(docToPlainBlocks(doc)).toEqual(seedBlocksToPlainBlocks(blocks));

    // Also through an editor that is already bound when the second copy arrives.
    const live = new Y.Doc();
    const session = openHeadlessCollabEditor(live);
    Y.applyUpdate(live, update);
    Y.applyUpdate(live, update);
    expect(session.editor.read(() => $readPlainBlocks())).toEqual(seedBlocksToPlainBlocks(blocks));
    session.close();
  });

  it('duplicates content when two separately made seeds meet, hence seed once (or with a fixed client id)', () => {
    const blocks: Parameters<typeof blocksToYjsUpdate>[0] = [{ type: 'paragraph', text: 'Agreed text.' }];
    const twice = docToPlainBlocks(docFrom(blocksToYjsUpdate(blocks), blocksToYjsUpdate(blocks)));
    expect(twice).toHaveLength(2);

    const a = blocksToYjsUpdate(blocks, { clientID: 1 });
    const b = blocksToYjsUpdate(blocks, { clientID: 1 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(docToPlainBlocks(docFrom(a, b))).toEqual([{ type: 'paragraph', text: 'Agreed text.' }]);
  });

  it('gives every block a unique permanent id, reproducible under a fixed client id', () => {
    const blocks = demoDocuments[1]!.blocks;
    const read = (update: Uint8Array): string[] => {
      const session = openHeadlessCollabEditor(docFrom(update));
      const ids = session.editor.read(() => $listBlocks().map((b) => b.id));
      session.close();
      return ids;
    };
    const ids = read(blocksToYjsUpdate(blocks));
    expect(ids.every((id) => /^p[A-Za-z0-9_-]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(read(blocksToYjsUpdate(blocks))).not.toEqual(ids);
    const fixed = read(blocksToYjsUpdate(blocks, { clientID: 7 }));
    expect(read(blocksToYjsUpdate(blocks, { clientID: 7 }))).toEqual(fixed);
    expect(read(blocksToYjsUpdate(demoDocuments[2]!.blocks, { clientID: 7 }))[0]).not.toBe(fixed[0]);
  });

  it('rejects text the editor would hold in other node types', () => {
    expect(() => blocksToYjsUpdate([{ type: 'paragraph', text: 'two\nlines' }])).toThrow(/one line/);
    expect(() => blocksToYjsUpdate([{ type: 'bullet-list', items: [] }])).toThrow(/at least one item/);
  });

  it('encodes empty blocks as elements without text', () => {
    const blocks = [
      { type: 'paragraph', text: '' },
      { type: 'heading', level: 3, text: '' },
    ] as const;
    expect(yjsUpdateToPlainBlocks(blocksToYjsUpdate([...blocks]))).toEqual([
      { type: 'paragraph', text: '' },
      { type: 'h3', text: '' },
    ]);
  });
});

describe('openHeadlessCollabEditor on a stored doc', () => {
  it('loads existing content and writes its own edits back to the doc', () => {
    const blocks = demoDocuments[1]!.blocks;
    const stored = docFrom(blocksToYjsUpdate(blocks));

    const session = openHeadlessCollabEditor(stored);
    expect(session.editor.read(() => $readPlainBlocks())).toEqual(seedBlocksToPlainBlocks(blocks));

    session.editor.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('Added on the server.')));
      },
      { discrete: true },
    );
    session.close();

    // The edit is in the doc itself, so any client syncing from it receives it.
    expect(docToPlainBlocks(stored)).toEqual([
      ...seedBlocksToPlainBlocks(blocks),
      { type: 'paragraph', text: 'Added on the server.' },
    ]);
  });

  it('follows remote changes applied after it was opened', () => {
    const stored = docFrom(blocksToYjsUpdate([{ type: 'paragraph', text: 'Before.' }]));
    const session = openHeadlessCollabEditor(stored);

    // A second editor plays the remote client: it edits its own replica, and its update is relayed.
    const remote = docFrom(Y.encodeStateAsUpdate(stored));
    const client = openHeadlessCollabEditor(remote);
    client.editor.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('After.')));
      },
      { discrete: true },
    );
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(stored)));

    expect(session.editor.read(() => $readPlainBlocks())).toEqual([
      { type: 'paragraph', text: 'Before.' },
      { type: 'paragraph', text: 'After.' },
    ]);
    client.close();
    session.close();
  });
});
