import type { Contribution } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { filterContributions, NO_FILTER, placesOf } from './filters.js';

const make = (id: string, country: string, kind: Contribution['kind'], pillars: string[]): Contribution => ({
  id,
  callId: 'c',
  title: id,
  organisation: id,
  kind,
  country,
  group: null,
  pillars,
  submittedAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  contributor: { name: 'X' },
  source: 'typed',
  paragraphs: [],
});

describe('desk filters', () => {
  const list = [make('a', 'BR', 'national', ['access']), make('b', 'Europe', 'regional', ['access', 'skills'])];
  it('filters by pillar, place and kind together', () => {
    expect(filterContributions(list, NO_FILTER).map((c) => c.id)).toEqual(['a', 'b']);
    expect(filterContributions(list, { ...NO_FILTER, pillar: 'skills' }).map((c) => c.id)).toEqual(['b']);
    expect(filterContributions(list, { ...NO_FILTER, place: 'BR' }).map((c) => c.id)).toEqual(['a']);
    expect(filterContributions(list, { pillar: 'access', place: '', kind: 'regional' }).map((c) => c.id)).toEqual([
      'b',
    ]);
  });
  it('lists the places once, sorted', () => {
    expect(placesOf([...list, make('c', 'BR', 'youth', [])])).toEqual(['BR', 'Europe']);
  });
});
