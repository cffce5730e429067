/**
 * What the document page shows once the server has closed the document for this person for
 * good: they were signed out (4401), or their access was removed (4403). Not "reconnecting":
 * retrying cannot help, and the person should know why the text went away.
 */
import { AppHeader, type Crumb } from '../components/AppHeader.js';
import { Notice } from '../components/Message.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { sessionStore } from '../session/useSession.js';

export function ClosedForGood({
  crumbs,
  workspaceId,
  why,
}: {
  crumbs: Crumb[];
  workspaceId: string | undefined;
  why: 'signed-out' | 'no-access';
}) {
  const t = useT();
  const signInAgain = useSubmit(async () => {
    // Signed in again meanwhile (another tab)? Then reopening is enough; else the session
    // store expires and the App goes to the sign-in page, coming back here afterwards.
    if (await sessionStore.refresh()) window.location.reload();
  });

  return (
    <>
      <AppHeader crumbs={crumbs} workspaceId={workspaceId} />
      <main className="page">
        {why === 'signed-out' ? (
          <Notice title={t('shell.closed.signedOutTitle')} live className="closed-notice">
            <p>{t('shell.closed.signedOutBody')}</p>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void signInAgain.run()}
              disabled={signInAgain.busy}
            >
              {t('shell.closed.signInAgain')}
            </button>
          </Notice>
        ) : (
          <Notice title={t('shell.closed.noAccessTitle')} live className="closed-notice">
            <p>{t('shell.closed.noAccessBody')}</p>
            <Link className="btn" href={paths.workspaces()}>
              {t('shell.closed.toWorkspaces')}
            </Link>
          </Notice>
        )}
      </main>
    </>
  );
}
