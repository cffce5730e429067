import type { ConsensusDashboard, GroupAggregate } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { agreementColor, summarise, trendBands } from './dashboard-model.js';

const counts = (agreed: number, contested: number, drafting: number) => ({
  drafting,
  'under-discussion': 0,
  contested,
  'agreed-ad-ref': 0,
  agreed,
});
const group = (support: number, oppose: number): GroupAggregate => ({
  stakeholderGroup: 'government',
  name: 'Government',
  support,
  supportWithReservation: 0,
  oppose,
  abstain: 0,
  respondents: support + oppose,
  agreement: (support + 1) / (support + oppose + 2),
});

describe('agreementColor', () => {
  it('is empty for a group that did not respond, red for opposed, green for supported', () => {
    expect(agreementColor(undefined)).toBeNull();
    expect(agreementColor({ ...group(0, 0) })).toBeNull();
    expect(agreementColor(group(0, 3))).toBe('rgb(210, 69, 59)');
    expect(agreementColor(group(4, 0))).toBe('rgb(47, 143, 91)');
  });
});

describe('trendBands', () => {
  it('stacks agreed at the bottom and scales to the busiest day', () => {
    const bands = trendBands(
      [
        { date: '2025-01-01', byStatus: counts(0, 1, 1) },
        { date: '2025-01-02', byStatus: counts(1, 1, 0) },
      ],
      100,
      50,
    );
    expect(bands.map((b) => b.status)).toEqual([
      'agreed',
      'agreed-ad-ref',
      'contested',
      'under-discussion',
      'drafting',
    ]);
    expect(bands[0]!.path).toBe('M0.0,50L100.0,25L100.0,50L0.0,50Z');
    expect(bands[2]!.path).toBe('M0.0,25L100.0,0L100.0,25L0.0,50Z');
  });
  it('draws a single day across the whole width', () => {
    expect(trendBands([{ date: 'd', byStatus: counts(2, 0, 0) }], 10, 10)[0]!.path).toBe(
      'M0.0,0L10.0,0L10.0,10L0.0,10Z',
    );
    expect(trendBands([], 10, 10)).toEqual([]);
  });
});

describe('summarise', () => {
  it('says what needs work, by paragraph number', () => {
    const p = (number: number, extra: Partial<ConsensusDashboard['paragraphs'][number]> = {}) => ({
      blockId: `b${number}`,
      number,
      status: 'drafting' as const,
      changedSinceAgreed: false,
      openBrackets: 0,
      groups: [],
      score: null,
      ...extra,
    });
    const d: ConsensusDashboard = {
      documentId: 'd',
      title: 'T',
      stakeholderGroups: [],
      paragraphs: [
        p(1, { status: 'agreed', changedSinceAgreed: true }),
        p(2, { status: 'contested', openBrackets: 2, groups: [group(1, 1)] }),
        p(3),
      ],
      totals: { paragraphs: 3, byStatus: counts(1, 1, 1), openBrackets: 2, changedSinceAgreed: 1, positions: 2 },
      trend: [],
    };
    expect(summarise(d)).toEqual([
      '1 of 3 paragraphs agreed (1 final, 0 ad referendum); 1 drafting, 0 under discussion, 1 contested.',
      'Contested: ¶2.',
      '2 open brackets in ¶2.',
      'Changed since agreed, to re-confirm: ¶1.',
      'Opposed by at least one group member: ¶2.',
      '2 positions recorded.',
    ]);
  });
});
