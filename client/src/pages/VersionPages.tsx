/** The version pages behind one lazy import, so the app's router needs one entry for them. */
import type { Route } from '../router.js';
import { VersionComparePage } from './VersionComparePage.js';
import { VersionPage } from './VersionPage.js';
import { VersionsPage } from './VersionsPage.js';

export type VersionRoute = Extract<Route, { page: 'versions' | 'version' | 'compare' }>;

export function VersionPages({ route }: { route: VersionRoute }) {
  switch (route.page) {
    case 'versions':
      return <VersionsPage documentId={route.documentId} />;
    case 'version':
      return <VersionPage key={route.versionId} documentId={route.documentId} versionId={route.versionId} />;
    case 'compare':
      return <VersionComparePage documentId={route.documentId} from={route.from} to={route.to} />;
  }
}
