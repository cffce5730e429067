/**
 * Chooses the page from the URL once the session is known. Pages that need a session send a
 * signed-out person to the sign-in page, remembering where they were; signing in comes back.
 */
import { lazy, Suspense, useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { AppHeader } from './components/AppHeader.js';
import { Loading, Problem } from './components/Message.js';
import { AuditPage } from './pages/AuditPage.js';
import { InvitePage } from './pages/InvitePage.js';
import { PeoplePage } from './pages/PeoplePage.js';
import { SignInPage } from './pages/SignInPage.js';
import { WorkspacePage } from './pages/WorkspacePage.js';
import { WorkspacesPage } from './pages/WorkspacesPage.js';
import { isPublic, Link, navigate, parseRoute, paths, safeNext, useLocation } from './router.js';
import { describeError } from './errors.js';
import { useT } from './i18n/useT.js';
import { sessionStore, useSession } from './session/useSession.js';

// The editor (Lexical, Yjs, the provider) is most of the bundle: load it when a document opens.
const DocumentPage = lazy(() => import('./pages/DocumentPage.js').then((m) => ({ default: m.DocumentPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const RegisterPage = lazy(() => import('./pages/RegisterPage.js').then((m) => ({ default: m.RegisterPage })));
const RoundPages = lazy(() => import('./pages/RoundPages.js').then((m) => ({ default: m.RoundPages })));
const ConsultPage = lazy(() => import('./pages/ConsultPage.js').then((m) => ({ default: m.ConsultPage })));
const ContributePage = lazy(() => import('./pages/ContributePage.js').then((m) => ({ default: m.ContributePage })));
const PublishedPage = lazy(() => import('./pages/PublishedPage.js').then((m) => ({ default: m.PublishedPage })));
const VersionPages = lazy(() => import('./pages/VersionPages.js').then((m) => ({ default: m.VersionPages })));

export function App() {
  const t = useT();
  const state = useSession();
  const location = useLocation();
  const route = parseRoute(location.split('?')[0]!);

  useEffect(() => void sessionStore.load(), []);

  useEffect(() => {
    if (state.status === 'signed-out' && !isPublic(route)) {
      // After choosing to sign out there is nothing to come back to.
      navigate(paths.signIn(state.reason === 'signed-out' ? undefined : location), { replace: true });
    } else if (state.status === 'signed-in' && route.page === 'sign-in') {
      navigate(safeNext(new URLSearchParams(window.location.search).get('next')), { replace: true });
    }
  }, [state, route.page, location]);

  if (state.status === 'loading') {
    return (
      <main className="page">
        <Loading />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="page">
        <Problem title={t('shell.app.unreachableTitle')}>{describeError(state.error)}</Problem>
        <p>
          <button type="button" className="btn" onClick={() => void sessionStore.load()}>
            {t('common.tryAgain')}
          </button>
        </p>
      </main>
    );
  }
  if (route.page === 'invite') return <InvitePage key={route.token} token={route.token} />;
  // The public page of a consultation round works the same signed in or not.
  if (route.page === 'consult')
    return (
      <Suspense fallback={<Loading />}>
        <ConsultPage key={route.roundId} roundId={route.roundId} />
      </Suspense>
    );
  // A call's page and a published version: the same signed in or not.
  if (route.page === 'contribute')
    return (
      <Suspense fallback={<Loading />}>
        <ContributePage key={route.callId} callId={route.callId} />
      </Suspense>
    );
  if (route.page === 'published')
    return (
      <Suspense fallback={<Loading />}>
        <PublishedPage key={route.versionId} versionId={route.versionId} />
      </Suspense>
    );
  if (state.status === 'signed-out') return route.page === 'sign-in' ? <SignInPage reason={state.reason} /> : null;

  const me = state.session.person.id;
  switch (route.page) {
    case 'sign-in':
      return null; // leaving for `next`
    case 'workspaces':
      return <WorkspacesPage />;
    case 'workspace':
      return <WorkspacePage key={route.workspaceId} workspaceId={route.workspaceId} />;
    case 'people':
      return <PeoplePage key={route.workspaceId} workspaceId={route.workspaceId} />;
    case 'audit':
      return <AuditPage key={route.workspaceId} workspaceId={route.workspaceId} />;
    case 'document':
      // Keyed by document and person: someone else signing in here rejoins with a fresh session.
      return (
        <Suspense fallback={<AppHeader />}>
          <DocumentPage
            key={`${route.documentId}\u0000${me}`}
            documentId={route.documentId}
            person={state.session.person}
          />
        </Suspense>
      );
    case 'dashboard':
      return (
        <Suspense fallback={<AppHeader />}>
          <DashboardPage key={route.documentId} documentId={route.documentId} />
        </Suspense>
      );
    case 'register':
      return (
        <Suspense fallback={<AppHeader />}>
          <RegisterPage key={route.documentId} documentId={route.documentId} />
        </Suspense>
      );
    case 'versions':
    case 'version':
    case 'compare':
      return (
        <Suspense fallback={<AppHeader />}>
          <VersionPages route={route} />
        </Suspense>
      );
    case 'rounds':
    case 'round':
      return (
        <Suspense fallback={<AppHeader />}>
          <RoundPages route={route} />
        </Suspense>
      );
    case 'not-found':
      return (
        <>
          <AppHeader />
          <main className="page">
            <Problem title={t('shell.app.notFoundTitle')}>
              <FormattedMessage id="shell.app.notFound" values={{ path: <bdi dir="ltr">{route.path}</bdi> }} />
            </Problem>
            <p>
              <Link href={paths.workspaces()}>{t('shell.app.toWorkspaces')}</Link>
            </p>
          </main>
        </>
      );
  }
}
