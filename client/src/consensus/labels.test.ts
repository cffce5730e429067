import { describe, expect, it } from 'vitest';
import { countsInWords } from './GroupBars.js';
import { formatScore, markerLabel, STATUS_LOOK, STATUSES } from './labels.js';

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
