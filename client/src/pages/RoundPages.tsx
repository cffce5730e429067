/** The coordinators' round pages behind one lazy import (filled in by the rounds UI work). */
import type { Route } from '../router.js';

export type RoundRoute = Extract<Route, { page: 'rounds' | 'round' }>;

export function RoundPages({ route }: { route: RoundRoute }) {
  return <main className="page">Rounds of {route.documentId}</main>;
}
