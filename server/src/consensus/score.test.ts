import type { Position, PositionKind } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup, consensusScore } from './score.js';

const names = new Map([
  ['government', 'Government'],
  ['civil-society', 'Civil society'],
  ['private-sector', 'Private sector'],
]);

let n = 0;
/** Positions of one group: `kinds` one per person. */
const group = (stakeholderGroup: string, ...kinds: PositionKind[]): Position[] =>
  kinds.map((position) => ({
    blockId: 'p1',
    person: { id: `p${++n}`, name: 'X', stakeholderGroup },
    stakeholderGroup,
    position,
    reason: '',
    at: '',
  }));

const score = (...positions: Position[][]) => consensusScore(aggregateByGroup(positions.flat(), names));

describe('aggregateByGroup', () => {
  it('counts each kind per group, in the workspace order of groups, with the smoothed agreement', () => {
    const groups = aggregateByGroup(
      [
        ...group('private-sector', 'oppose'),
        ...group('government', 'support', 'support-with-reservation', 'oppose', 'abstain'),
      ],
      names,
    );
    expect(groups).toEqual([
      {
        stakeholderGroup: 'government',
        name: 'Government',
        support: 1,
        supportWithReservation: 1,
        oppose: 1,
        abstain: 1,
        respondents: 3,
        agreement: 3 / 5,
      },
      {
        stakeholderGroup: 'private-sector',
        name: 'Private sector',
        support: 0,
        supportWithReservation: 0,
        oppose: 1,
        abstain: 0,
        respondents: 1,
        agreement: 1 / 3,
      },
    ]);
  });
});

// Hand-computed: score = Π over responding groups of (supporters + 1) / (respondents + 2), and
// 1/2 for each group of the constituency that did not respond.
describe('consensusScore', () => {
  it('is null when nobody responded (abstentions are not responses)', () => {
    expect(score()).toBeNull();
    expect(score(group('government', 'abstain', 'abstain'))).toBeNull();
  });

  it('one group, two supporters: 3/4', () => {
    expect(score(group('government', 'support', 'support'))).toBeCloseTo(0.75, 12);
  });

  it('counts support with reservation as support, and ignores an abstaining group: 3/4', () => {
    expect(
      score(group('government', 'support', 'support-with-reservation'), group('civil-society', 'abstain')),
    ).toBeCloseTo(0.75, 12);
  });

  it('one group for, one split: 3/4 × 2/4 = 0.375', () => {
    expect(score(group('government', 'support', 'support'), group('civil-society', 'support', 'oppose'))).toBeCloseTo(
      0.375,
      12,
    );
  });

  it('a whole group against outweighs a large group for: 1/4 × 4/5 = 0.2', () => {
    expect(
      score(group('government', 'oppose', 'oppose'), group('civil-society', 'support', 'support', 'support')),
    ).toBeCloseTo(0.2, 12);
  });

  it('rewards agreement across groups over a majority within one: 2/3 × 2/3 × 2/3 ≈ 0.296 vs 3/5 × 1/3 = 0.2', () => {
    const across = score(
      group('government', 'support'),
      group('civil-society', 'support'),
      group('private-sector', 'support'),
    );
    const majority = score(group('government', 'support', 'support', 'oppose'), group('civil-society', 'oppose'));
    expect(across).toBeCloseTo(8 / 27, 12);
    expect(majority).toBeCloseTo(0.2, 12);
    expect(across!).toBeGreaterThan(majority!);
  });

  it('counts silent groups of the constituency as 1/2, so support from more groups always scores higher', () => {
    const constituency = ['government', 'civil-society', 'private-sector'];
    const withSilence = (...positions: Position[][]) =>
      consensusScore(aggregateByGroup(positions.flat(), names), constituency);
    const one = withSilence(group('government', 'support'));
    const two = withSilence(group('government', 'support'), group('civil-society', 'support'));
    const three = withSilence(
      group('government', 'support'),
      group('civil-society', 'support'),
      group('private-sector', 'support'),
    );
    expect(one).toBeCloseTo((2 / 3) * (1 / 2) * (1 / 2), 12); // 1/6
    expect(two).toBeCloseTo((2 / 3) * (2 / 3) * (1 / 2), 12); // 2/9
    expect(three).toBeCloseTo(8 / 27, 12);
    expect(one!).toBeLessThan(two!);
    expect(two!).toBeLessThan(three!);
    // An opposing group still pulls hard: 2/3 × 1/3 × 1/2 = 1/9 < 1/6.
    expect(withSilence(group('government', 'support'), group('civil-society', 'oppose'))).toBeCloseTo(1 / 9, 12);
    expect(withSilence()).toBeNull();
  });
});
