import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { isValidBlockId, newParagraphId, seededParagraphIds } from './id-state.js';
import { appendParagraphs, expectValidIds, openTestClient, readBlocks } from './testing/harness.js';

describe('newParagraphId', () => {
  it('is p + 12 URL-safe characters and does not repeat', () => {
    const ids = Array.from({ length: 10_000 }, newParagraphId);
    expectValidIds(ids);
  });

  it('has a seeded variant that repeats exactly per seed', () => {
    const a = seededParagraphIds('doc-1');
    const b = seededParagraphIds('doc-1');
    const c = seededParagraphIds('doc-2');
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expectValidIds(first);
  });
});

describe('NodeState in Yjs', () => {
  it('stores the id in the element’s __state map and a second editor reads it back', () => {
    const a = openTestClient();
    appendParagraphs(a.editor, 'alpha');
    const [block] = readBlocks(a.editor);
    const paragraph = a.doc.get('root', Y.XmlText).toDelta()[0].insert as Y.XmlText;
    const state = paragraph.getAttribute('__state') as unknown as Y.Map<unknown>;
    expect(state).toBeInstanceOf(Y.Map);
    expect(state.toJSON()).toEqual({ pid: block!.id });

    // Loaded from a stored doc, and received as a live update: both paths carry the id.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(a.doc));
    const loaded = openHeadlessCollabEditor(stored);
    expect(readBlocks(loaded.editor)).toEqual(readBlocks(a.editor));
    const live = openHeadlessCollabEditor(new Y.Doc());
    Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(a.doc));
    expect(readBlocks(live.editor)).toEqual(readBlocks(a.editor));
    for (const session of [a, loaded, live]) session.close();
  });

  it('replaces an id a peer wrote in an invalid shape', () => {
    const a = openTestClient();
    appendParagraphs(a.editor, 'alpha');
    const paragraph = a.doc.get('root', Y.XmlText).toDelta()[0].insert as Y.XmlText;
    const state = paragraph.getAttribute('__state') as unknown as Y.Map<unknown>;
    a.doc.transact(() => state.set('pid', '"><script>alert(1)</script>'), 'peer');
    const [block] = readBlocks(a.editor);
    expectValidIds([block!.id]);
    expect(state.get('pid')).toBe(block!.id);
    a.close();
  });
});

describe('isValidBlockId', () => {
  it('accepts URL-safe ids of 1 to 64 characters only', () => {
    expect(isValidBlockId(newParagraphId())).toBe(true);
    expect(isValidBlockId('p-_09AZaz')).toBe(true);
    for (const bad of ['', 'p x', 'p"', 'p<', 'x'.repeat(65), 42, null, undefined])
      expect(isValidBlockId(bad)).toBe(false);
  });
});
