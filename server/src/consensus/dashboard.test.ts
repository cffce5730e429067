import { describe, expect, it } from 'vitest';
import { trend } from './dashboard.js';

describe('trend', () => {
  it('replays status changes day by day for today’s paragraphs, continuously, from the first change to today', () => {
    const points = trend(
      ['p1', 'p2', 'p3'],
      [
        { blockId: 'p1', to: 'contested', at: '2026-03-01T09:00:00.000Z' },
        { blockId: 'gone', to: 'agreed', at: '2026-03-01T10:00:00.000Z' },
        { blockId: 'p2', to: 'under-discussion', at: '2026-03-01T23:59:59.000Z' },
        { blockId: 'p1', to: 'agreed', at: '2026-03-03T08:00:00.000Z' },
      ],
      new Date('2026-03-04T12:00:00Z'),
    );
    expect(
      points.map((p) => [
        p.date,
        p.byStatus.drafting,
        p.byStatus['under-discussion'],
        p.byStatus.contested,
        p.byStatus.agreed,
      ]),
    ).toEqual([
      ['2026-03-01', 1, 1, 1, 0],
      ['2026-03-02', 1, 1, 1, 0],
      ['2026-03-03', 1, 1, 0, 1],
      ['2026-03-04', 1, 1, 0, 1],
    ]);
  });

  it('is one point for today when nothing changed, and at most a year long', () => {
    expect(trend(['p1'], [], new Date('2026-03-04T12:00:00Z'))).toEqual([
      {
        date: '2026-03-04',
        byStatus: { drafting: 1, 'under-discussion': 0, contested: 0, 'agreed-ad-ref': 0, agreed: 0 },
      },
    ]);
    const long = trend(
      ['p1'],
      [{ blockId: 'p1', to: 'agreed', at: '2020-01-01T00:00:00Z' }],
      new Date('2026-03-04T12:00:00Z'),
    );
    expect(long).toHaveLength(366);
    // Changes before the window still count: its first day shows where things stood.
    expect(long[0]!.byStatus.agreed).toBe(1);
  });
});
