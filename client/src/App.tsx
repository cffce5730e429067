/** Chooses the page from the URL; asks who you are first (placeholder identity). */
import { lazy, Suspense, useRef } from 'react';
import { useIdentity } from './identity.js';
import { SignInPage } from './pages/SignInPage.js';
import { WorkspacePage } from './pages/WorkspacePage.js';
import { WorkspacesPage } from './pages/WorkspacesPage.js';
import { AppHeader } from './components/AppHeader.js';
import { Problem } from './components/Message.js';
import { Link, parseRoute, paths, usePathname } from './router.js';

// The editor (Lexical, Yjs, the provider) is most of the bundle: load it when a document opens.
const DocumentPage = lazy(() => import('./pages/DocumentPage.js').then((m) => ({ default: m.DocumentPage })));

export function App() {
  const [identity, setIdentity] = useIdentity();
  const route = parseRoute(usePathname());
  // "Change" signs out; the form then starts from the name and colour used so far.
  const last = useRef(identity);
  if (identity) last.current = identity;

  if (!identity) return <SignInPage onSignIn={setIdentity} previous={last.current} />;

  switch (route.page) {
    case 'workspaces':
      return <WorkspacesPage />;
    case 'workspace':
      return <WorkspacePage key={route.workspaceId} workspaceId={route.workspaceId} />;
    case 'document':
      // Keyed by document and by who you are: a new identity rejoins with a fresh session.
      return (
        <Suspense fallback={<AppHeader />}>
          <DocumentPage key={`${route.documentId}\u0000${identity.name}\u0000${identity.color}`} documentId={route.documentId} identity={identity} />
        </Suspense>
      );
    case 'not-found':
      return (
        <>
          <AppHeader />
          <main className="page">
            <Problem title="Nothing here">There is no page at {route.path}.</Problem>
            <p>
              <Link href={paths.workspaces()}>Go to the workspaces</Link>
            </p>
          </main>
        </>
      );
  }
}
