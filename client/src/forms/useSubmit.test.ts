import { describe, expect, it } from 'vitest';
import { RequestError } from '../api.js';
import { outcomeOf } from './useSubmit.js';

const invalid = (...fields: string[]) =>
  new RequestError(
    'the request is not valid',
    400,
    'invalid_body',
    fields.map((path) => ({ path, message: `${path} is wrong` })),
  );

describe('outcomeOf', () => {
  it('is empty when nothing failed', () => {
    expect(outcomeOf(null)).toEqual({ problem: null, fields: {} });
    expect(outcomeOf(undefined)).toEqual({ problem: null, fields: {} });
  });

  it('words a failure as describeError does and lists its fields', () => {
    expect(outcomeOf(new RequestError('observers cannot edit this document', 403, 'forbidden'))).toEqual({
      problem: 'observers cannot edit this document',
      fields: {},
    });
    expect(outcomeOf(new TypeError('Failed to fetch')).problem).toMatch(/cannot be reached/);
    expect(outcomeOf(invalid('title', 'closesAt.0'))).toEqual({
      problem: 'the request is not valid',
      fields: { title: 'title is wrong', closesAt: 'closesAt.0 is wrong' },
    });
  });

  it('drops the sentence only when every field problem is shown beside its field', () => {
    const shownFields = ['title', 'closesAt'];
    expect(outcomeOf(invalid('title', 'closesAt'), { shownFields }).problem).toBeNull();
    // A problem with nowhere to show it keeps the sentence, or the person would never learn of it.
    expect(outcomeOf(invalid('title', 'versionId'), { shownFields }).problem).toBe('the request is not valid');
    expect(outcomeOf(new RequestError('the round clashes with another', 409), { shownFields }).problem).toBe(
      'the round clashes with another',
    );
  });

  it('uses the form’s own words when it has them', () => {
    const describe = (error: unknown) => `refused: ${(error as Error).message}`;
    expect(outcomeOf(new Error('closed'), { describe }).problem).toBe('refused: closed');
  });
});
