import type { ProcessedComment, RoundProcessing } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { countProgress, visibleComments, withDisposition } from './processing.js';

const comment = (id: string, decided = false): ProcessedComment => ({
  id,
  roundId: 'r',
  anchor: { kind: 'general' },
  text: `text ${id}`,
  author: { stakeholderGroup: 'civil-society' },
  createdAt: '2026-11-01T00:00:00Z',
  disposition: decided
    ? {
        commentId: id,
        disposition: 'noted',
        response: '',
        changedBlockId: null,
        decidedAt: '2026-11-02T00:00:00Z',
        decidedBy: { id: 'p', name: 'P', stakeholderGroup: 'government' },
      }
    : null,
});

const view = {
  round: {} as RoundProcessing['round'],
  general: [comment('g1')],
  paragraphs: [
    {
      frozen: { id: 'b1', number: 1, type: 'paragraph', text: 'One' },
      live: null,
      reactions: { agree: 0, disagree: 0 },
      comments: [comment('p1', true), comment('p2')],
    },
  ],
  liveParagraphs: [],
  progress: { processed: 1, total: 3 },
  awaitingModeration: 0,
  revision: null,
} satisfies RoundProcessing;

describe('processing state', () => {
  it('counts processed comments across general and paragraphs', () => {
    expect(countProgress(view)).toEqual({ processed: 1, total: 3 });
  });

  it('saving a disposition updates that comment and the progress', () => {
    const saved = {
      commentId: 'p2',
      disposition: 'accepted' as const,
      response: 'Done',
      changedBlockId: 'b1',
      decidedAt: 'x',
      decidedBy: { id: 'p', name: 'P', stakeholderGroup: 'government' },
    };
    const next = withDisposition(view, saved);
    expect(next.paragraphs[0]!.comments[1]!.disposition).toEqual(saved);
    expect(next.general[0]!.disposition).toBeNull();
    expect(next.progress).toEqual({ processed: 2, total: 3 });
  });

  it('filters to unprocessed comments on request', () => {
    const list = view.paragraphs[0]!.comments;
    expect(visibleComments(list, true).map((c) => c.id)).toEqual(['p2']);
    expect(visibleComments(list, false).map((c) => c.id)).toEqual(['p1', 'p2']);
    expect(visibleComments(list, true, new Set(['p1'])).map((c) => c.id)).toEqual(['p1', 'p2']);
  });
});
