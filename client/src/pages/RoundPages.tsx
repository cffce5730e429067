/** The coordinators' and editors' round pages behind one lazy import. */
import type { Route } from '../router.js';
import { RoundPage } from './RoundPage.js';
import { RoundsPage } from './RoundsPage.js';

export type RoundRoute = Extract<Route, { page: 'rounds' | 'round' }>;

export function RoundPages({ route }: { route: RoundRoute }) {
  return route.page === 'rounds' ? (
    <RoundsPage key={route.documentId} documentId={route.documentId} />
  ) : (
    <RoundPage key={route.roundId} documentId={route.documentId} roundId={route.roundId} />
  );
}
