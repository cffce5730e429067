import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkCursor, cursorPosition } from './cursor.js';

/** A document shaped like Lexical's (an XmlText root with a nested XmlText), and positions in it as peers publish them. */
function lexicalLikeDoc() {
  const doc = new Y.Doc();
  const root = doc.get('root', Y.XmlText);
  const paragraph = new Y.XmlText();
  root.insertEmbed(0, paragraph);
  paragraph.insert(0, 'Paragraph one');
  const asPublished = (rpos: Y.RelativePosition) => JSON.parse(JSON.stringify(rpos)) as unknown;
  return {
    doc,
    valid: [
      asPublished(Y.createRelativePositionFromTypeIndex(paragraph, 3)),
      asPublished(Y.createRelativePositionFromTypeIndex(paragraph, 5, -1)),
      asPublished(Y.createRelativePositionFromTypeIndex(paragraph, paragraph.length)), // no item: the nested type's id
      asPublished(Y.createRelativePositionFromTypeIndex(root, root.length)), // no item: the root by name
      Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(root, root.length)), // keys left out
    ],
  };
}

const malformed: Record<string, unknown> = {
  'an empty object': {},
  'a string': 'root',
  'a number': 3,
  'an array': [{ client: 1, clock: 2 }],
  'nothing to point at': { type: null, tname: null, item: null, assoc: 0 },
  'a negative clock': { type: null, tname: null, item: { client: 1, clock: -1 }, assoc: 0 },
  'a huge client': { type: null, tname: null, item: { client: 2 ** 60, clock: 1 }, assoc: 0 },
  'a fractional clock': { type: null, tname: null, item: { client: 1, clock: 1.5 }, assoc: 0 },
  'a string clock': { type: null, tname: null, item: { client: 1, clock: '1' }, assoc: 0 },
  'an id with extra keys': { type: null, tname: null, item: { client: 1, clock: 1, x: 1 }, assoc: 0 },
  'an id that is an empty object': { type: {}, tname: null, item: null, assoc: 0 },
  'a fractional assoc': { type: null, tname: 'root', item: null, assoc: 0.5 },
  'a string assoc': { type: null, tname: 'root', item: null, assoc: '0' },
  'an unknown root name': { type: null, tname: 'comments', item: null, assoc: 0 },
  'a nested object as root name': { type: null, tname: { toString: 'root' }, item: null, assoc: 0 },
  'extra keys': { type: null, tname: 'root', item: null, assoc: 0, html: '<b>' },
  'infinite clock (as JSON sends it)': { type: null, tname: null, item: { client: 1, clock: null }, assoc: 0 },
};

describe('cursorPosition', () => {
  it('accepts the positions Yjs makes, complete, and Yjs resolves each', () => {
    const { doc, valid } = lexicalLikeDoc();
    for (const json of valid) {
      const position = cursorPosition(json);
      expect(position).toBeDefined();
      expect(Object.keys(position!).sort()).toEqual(['assoc', 'item', 'tname', 'type']);
      expect(
        Y.createAbsolutePositionFromRelativePosition(position as unknown as Y.RelativePosition, doc),
      ).not.toBeNull();
    }
    // The serialised class (what @lexical/yjs publishes) comes out unchanged.
    expect(cursorPosition(valid[0])).toEqual(valid[0]);
  });

  for (const [what, json] of Object.entries(malformed)) {
    it(`refuses ${what}`, () => {
      expect(cursorPosition(json)).toBeUndefined();
    });
  }
});

describe('checkCursor', () => {
  const { valid } = lexicalLikeDoc();
  const base = { name: 'Mei', color: '#2563eb', focusing: true, awarenessData: { x: 1 } };

  it('keeps a valid cursor, and no cursor, as they are', () => {
    expect(checkCursor({ ...base, anchorPos: valid[0], focusPos: valid[1] })).toEqual({
      ...base,
      anchorPos: valid[0],
      focusPos: valid[1],
    });
    expect(checkCursor({ ...base, anchorPos: null, focusPos: null })).toEqual({
      ...base,
      anchorPos: null,
      focusPos: null,
    });
    expect(checkCursor(base)).toEqual(base);
  });

  it('replaces a cursor with a bad end, or a missing one, by no cursor and keeps the rest', () => {
    expect(checkCursor({ ...base, anchorPos: {}, focusPos: valid[1] })).toEqual({
      ...base,
      anchorPos: null,
      focusPos: null,
    });
    expect(checkCursor({ ...base, anchorPos: valid[0], focusPos: 'x' })).toEqual({
      ...base,
      anchorPos: null,
      focusPos: null,
    });
    expect(checkCursor({ ...base, focusPos: valid[1] })).toEqual({ ...base, anchorPos: null, focusPos: null });
  });
});
