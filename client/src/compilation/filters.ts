/** The desk's filters over a call's contributions: by pillar, by country or region, by kind ('' = any). */
import type { Contribution } from '@accord/schema';

export interface DeskFilter {
  pillar: string;
  place: string;
  kind: string;
}

export const NO_FILTER: DeskFilter = { pillar: '', place: '', kind: '' };

export function filterContributions(list: readonly Contribution[], filter: DeskFilter): Contribution[] {
  return list.filter(
    (c) =>
      (filter.pillar === '' || c.pillars.includes(filter.pillar)) &&
      (filter.place === '' || c.country === filter.place) &&
      (filter.kind === '' || c.kind === filter.kind),
  );
}

/** The countries and regions present, sorted, for the place filter's options. */
export const placesOf = (list: readonly Contribution[]): string[] =>
  [...new Set(list.map((c) => c.country))].sort((a, b) => a.localeCompare(b));
