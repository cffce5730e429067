import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CommentAnchor } from '@accord/schema';
import { blocksToYjsUpdate } from '../seed/lexical-content.js';
import { anchorForNewThread, CommentRefused, indexOf, viewThread } from './anchoring.js';
import type { StoredThread } from './store.js';

const state = blocksToYjsUpdate([
  { type: 'heading', level: 1, text: 'Title' },
  { type: 'paragraph', text: 'The group agreed on open standards.' },
  { type: 'paragraph', text: 'A second paragraph.' },
]);
const index = indexOf(state);
const [, first, second] = index.blocks;

const passage = (start: number, end: number, blockId = first!.id): CommentAnchor => ({
  kind: 'passage',
  blockId,
  start: index.positionAt(first!, start, 0),
  end: index.positionAt(first!, end, -1),
  quote: 'claimed by the client',
  prefix: 'sent by the client',
});

const stored = (anchor: CommentAnchor): StoredThread => ({
  id: 't',
  documentId: 'd',
  anchor,
  blockId: anchor.blockId,
  status: 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: { id: 'p', name: 'P', stakeholderGroup: 'academia' },
  resolvedAt: null,
  resolvedBy: null,
  comments: [],
});

describe('anchorForNewThread', () => {
  it('keeps a block anchor on an existing block and refuses an unknown one', () => {
    expect(anchorForNewThread(index, { kind: 'block', blockId: second!.id })).toEqual({
      kind: 'block',
      blockId: second!.id,
    });
    expect(() => anchorForNewThread(index, { kind: 'block', blockId: 'pMissing' })).toThrow(/no block pMissing/);
  });

  it('records the passage’s own text and context, whatever the client sent', () => {
    expect(anchorForNewThread(index, passage(20, 24))).toMatchObject({
      quote: 'open',
      prefix: 'The group agreed on ',
      suffix: ' standards.',
    });
  });

  it('refuses a passage outside its block, collapsed, or from unknown edits, with the status to answer', () => {
    const refusal = (anchor: CommentAnchor) => {
      try {
        anchorForNewThread(index, anchor);
      } catch (error) {
        if (error instanceof CommentRefused) return [error.status, error.code];
      }
      return undefined;
    };
    expect(refusal(passage(20, 24, second!.id))).toEqual([400, 'invalid_anchor']);
    expect(refusal(passage(20, 20))).toEqual([400, 'invalid_anchor']);
    const future = passage(20, 24);
    if (future.kind === 'passage') future.end = { item: { client: 1, clock: 10_000 } };
    expect(refusal(future)).toEqual([409, 'anchor_not_synced']);
  });
});

describe('viewThread', () => {
  it('shows where the anchor is, or that its text was removed', () => {
    const anchor = anchorForNewThread(index, passage(20, 24));
    expect(viewThread(index, stored(anchor))).toMatchObject({
      textRemoved: false,
      location: { blockId: first!.id, number: 1 },
    });
    const emptied = new Y.Doc();
    Y.applyUpdate(emptied, state);
    const root = emptied.get('root', Y.XmlText);
    root.delete(1, 1); // the first paragraph, by hand
    expect(viewThread(indexOf(Y.encodeStateAsUpdate(emptied)), stored(anchor))).toMatchObject({
      textRemoved: true,
      location: null,
    });
  });
});
