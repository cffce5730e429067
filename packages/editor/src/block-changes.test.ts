import { $createHeadingNode } from '@lexical/rich-text';
import { $createTextNode, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type BlockChange, blockChanges, blockViews } from './block-changes.js';
import { $createSuggestionNode } from './suggestion-node.js';
import { $blockAt, appendParagraphs, copyOf, pressBackspace, pressEnter, useTestClients } from './testing/harness.js';

/**
 * What the server sees: the client's next update applied to a replica inside a transaction,
 * and `blockChanges` asked before the transaction ends.
 */
function changesOf(doc: Y.Doc, edit: () => void): readonly BlockChange[] {
  const replica = copyOf(doc);
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array): void => {
    updates.push(update);
  };
  doc.on('update', record);
  edit();
  doc.off('update', record);
  expect(updates.length).toBeGreaterThan(0);
  let changes: readonly BlockChange[] = [];
  Y.transact(replica, (transaction) => {
    Y.applyUpdate(replica, Y.mergeUpdates(updates));
    // Views are read inside the transaction, as the server's hooks read them.
    changes = blockChanges(transaction).map(({ blockId, before, after }) => ({
      blockId,
      before,
      after,
      added: !before,
      removed: !after,
      touchesSuggestions: false,
    }));
  });
  return changes;
}

const update = (editor: LexicalEditor, work: () => void): void => editor.update(work, { discrete: true });

/** Wraps characters [start, end) of the block's single text node in a suggestion. */
function $suggestAround(block: ElementNode, start: number, end: number, kind: 'insert' | 'delete', by: string): void {
  const text = block.getFirstChild<TextNode>();
  if (!text) throw new Error('expected a text node first');
  const [, middle] = start === 0 ? [null, ...text.splitText(end)] : text.splitText(start, end);
  const node = $createSuggestionNode({ id: `s-${by}-${start}`, kind, by, at: 1 });
  middle!.replace(node);
  node.append(middle!);
}

describe('blockChanges', () => {
  const client = useTestClients();

  it('reads a typed character as the paragraph before and after', () => {
    const a = client();
    appendParagraphs(a.editor, 'First paragraph.', 'Second one.');
    const typed = changesOf(a.doc, () =>
      update(a.editor, () => {
        const text = $blockAt(1).getFirstChild<TextNode>()!;
        text.setTextContent('Second, edited one.');
      }),
    );
    expect(typed).toHaveLength(1);
    expect(typed[0]!.before?.text).toBe('Second one.');
    expect(typed[0]!.after?.text).toBe('Second, edited one.');
    expect(typed[0]!.blockId).toMatch(/^p/);
    expect(typed[0]!.before?.baseKey).not.toBe(typed[0]!.after?.baseKey);
  });

  it('reports a split as the shortened paragraph and a new one, and a merge as a removal', () => {
    const a = client();
    appendParagraphs(a.editor, 'Alpha beta');
    const split = changesOf(a.doc, () => pressEnter(a.editor, 0, 5));
    const byText = split.map((c) => [c.before?.text, c.after?.text]);
    expect(byText).toContainEqual(['Alpha beta', 'Alpha']);
    expect(byText).toContainEqual([undefined, ' beta']);

    const merged = changesOf(a.doc, () => pressBackspace(a.editor, 1, 0));
    const texts = merged.map((c) => [c.before?.text, c.after?.text]);
    expect(texts).toContainEqual(['Alpha', 'Alpha beta']);
    expect(texts).toContainEqual([' beta', undefined]);
  });

  it('keeps one change for a block replaced under the same id (paragraph to heading)', () => {
    const a = client();
    appendParagraphs(a.editor, 'Title text');
    const changes = changesOf(a.doc, () =>
      update(a.editor, () => {
        const paragraph = $blockAt(0);
        const heading = $createHeadingNode('h2');
        heading.append(...paragraph.getChildren());
        paragraph.replace(heading);
      }),
    );
    const titled = changes.filter((c) => c.before?.text === 'Title text' || c.after?.text === 'Title text');
    expect(titled).toHaveLength(1);
    expect(titled[0]!.before?.type).toBe('paragraph');
    expect(titled[0]!.after?.type).toBe('heading');
    expect(titled[0]!.before?.baseKey).not.toBe(titled[0]!.after?.baseKey);
  });

  it('sees formatting in the base key but not in the text', () => {
    const a = client();
    appendParagraphs(a.editor, 'Plain words here');
    const changes = changesOf(a.doc, () =>
      update(a.editor, () => {
        const [, middle] = $blockAt(0).getFirstChild<TextNode>()!.splitText(6, 11);
        middle!.toggleFormat('bold');
      }),
    );
    const [change] = changes.filter((c) => c.after?.text === 'Plain words here');
    expect(change!.before?.text).toBe(change!.after?.text);
    expect(change!.before?.baseKey).not.toBe(change!.after?.baseKey);
  });

  it('leaves the base unchanged when text is wrapped in a delete suggestion, and reads the suggestion', () => {
    const a = client();
    appendParagraphs(a.editor, 'We urge all States to act.');
    const changes = changesOf(a.doc, () =>
      update(a.editor, () => $suggestAround($blockAt(0), 8, 12, 'delete', 'alice')),
    );
    expect(changes).toHaveLength(1);
    const [{ before, after }] = changes as [BlockChange];
    expect(after!.text).toBe('We urge all States to act.');
    expect(after!.base).toBe('We urge all States to act.');
    expect(after!.baseKey).toBe(before!.baseKey);
    expect(after!.suggestions).toEqual([{ id: 's-alice-8', kind: 'delete', by: 'alice', at: 1, text: 'all ' }]);
    expect(before!.suggestions).toEqual([]);
  });

  it('leaves insert suggestions out of the base', () => {
    const a = client();
    appendParagraphs(a.editor, 'We urge States.');
    const changes = changesOf(a.doc, () =>
      update(a.editor, () => {
        const text = $blockAt(0).getFirstChild<TextNode>()!;
        const [, rest] = text.splitText(8);
        const node = $createSuggestionNode({ id: 's1', kind: 'insert', by: 'bob', at: 2 });
        node.append($createTextNode('all '));
        rest!.insertBefore(node);
      }),
    );
    const [{ before, after }] = changes as [BlockChange];
    expect(after!.text).toBe('We urge all States.');
    expect(after!.base).toBe('We urge States.');
    expect(after!.baseKey).toBe(before!.baseKey);
    expect(after!.suggestions.map((s) => [s.kind, s.by, s.text])).toEqual([['insert', 'bob', 'all ']]);
  });

  it('lists every block of a state in order with blockViews', () => {
    const a = client();
    appendParagraphs(a.editor, 'One', 'Two');
    expect(blockViews(a.doc).map((v) => [v.type, v.text])).toEqual([
      ['paragraph', 'One'],
      ['paragraph', 'Two'],
    ]);
  });

  it('says cheaply whether a suggestion was touched, and refuses to read views after the transaction', () => {
    const a = client();
    appendParagraphs(a.editor, 'We urge all States to act.');
    update(a.editor, () => $suggestAround($blockAt(0), 8, 12, 'delete', 'alice'));
    const replica = copyOf(a.doc);
    const flags: boolean[] = [];
    let kept: BlockChange | undefined;
    const apply = (edit: () => void): void => {
      const updates: Uint8Array[] = [];
      const record = (u: Uint8Array): void => void updates.push(u);
      a.doc.on('update', record);
      edit();
      a.doc.off('update', record);
      Y.transact(replica, (transaction) => {
        Y.applyUpdate(replica, Y.mergeUpdates(updates));
        const [change] = blockChanges(transaction);
        flags.push(change!.touchesSuggestions);
        kept = change;
      });
    };
    // Typing in the plain text after the suggestion: nothing of the suggestion touched.
    apply(() => update(a.editor, () => $blockAt(0).getLastChild<TextNode>()!.setTextContent('States to act now.')));
    // Rejecting it (unwrapping): the suggestion element is removed.
    apply(() =>
      update(a.editor, () => {
        const node = $blockAt(0).getChildAtIndex<ElementNode>(1)!;
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
      }),
    );
    expect(flags).toEqual([false, true]);
    expect(() => kept!.after).toThrow(/inside the transaction/);
  });
});
