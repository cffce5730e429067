import { describe, expect, it } from 'vitest';
import { countsInWords } from './GroupBars.js';
import { byline, formatScore, markerLabel, STATUS_LOOK, STATUSES, standing } from './labels.js';

describe('status looks', () => {
  it('tells every status apart without colour: a letter and a shape of its own', () => {
    const letters = STATUSES.map((s) => STATUS_LOOK[s].letter);
    const shapes = STATUSES.map((s) => STATUS_LOOK[s].shape);
    expect(new Set(letters).size).toBe(STATUSES.length);
    expect(new Set(shapes).size).toBe(STATUSES.length);
  });
  it('names the marker with status, change and brackets', () => {
    expect(markerLabel(4, 'contested', false, 0)).toBe('Paragraph 4: Contested');
    expect(markerLabel(2, 'agreed', true, 2)).toBe('Paragraph 2: Agreed, changed since agreed, 2 open brackets');
    expect(markerLabel(null, 'drafting', false, 1)).toBe('This block: Drafting, 1 open bracket');
  });
  it('formats the score, saying so when nobody responded', () => {
    expect(formatScore(null)).toBe('no positions yet');
    expect(formatScore(4 / 27)).toBe('0.15');
  });
});

describe('countsInWords', () => {
  it('lists the non-zero counts of a group', () => {
    const group = {
      stakeholderGroup: 'g',
      name: 'G',
      support: 2,
      supportWithReservation: 0,
      oppose: 1,
      abstain: 1,
      respondents: 3,
      agreement: 0.6,
    };
    expect(countsInWords(group)).toBe('2 support, 1 oppose, 1 abstain');
    expect(countsInWords({ ...group, support: 0, oppose: 0, abstain: 0 })).toBe('no positions');
  });
});

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
