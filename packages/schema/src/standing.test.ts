import { describe, expect, it } from 'vitest';
import { byline, standing } from './standing.js';

describe('standing', () => {
  const group = (id: string, support: number, reserve: number, oppose: number, abstain = 0) => ({
    stakeholderGroup: id,
    name: id,
    support,
    supportWithReservation: reserve,
    oppose,
    abstain,
    respondents: support + reserve + oppose,
    agreement: (support + reserve + 1) / (support + reserve + oppose + 2),
  });

  it('says how the groups lean, in words, not as a number', () => {
    expect(standing([])).toMatchObject({ words: 'No positions yet', tone: 'none' });
    expect(standing([group('g', 0, 0, 0, 2)]).words).toBe('No positions yet');
    expect(standing([group('g', 1, 0, 0), group('c', 0, 1, 0)])).toEqual({
      words: 'Broad support',
      detail: '2 groups in favour, with reservations',
      tone: 'support',
    });
    expect(standing([group('t', 1, 0, 0)]).words).toBe('Support from one group');
    expect(standing([group('t', 1, 0, 0), group('p', 0, 1, 0), group('c', 0, 0, 1)])).toEqual({
      words: 'Divided',
      detail: '2 groups in favour, 1 group against, with reservations',
      tone: 'divided',
    });
    expect(standing([group('g', 1, 0, 1)]).detail).toBe('1 group evenly split');
    expect(standing([group('c', 0, 0, 2)])).toMatchObject({ words: 'Opposed', tone: 'opposed' });
  });

  it('names a person with the group they come from', () => {
    expect(byline({ name: 'Mei Tanaka' }, 'Technical community')).toBe('Mei Tanaka (Technical community)');
  });
});
