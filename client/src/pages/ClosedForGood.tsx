/**
 * What the document page shows once the server has closed the document for this person for
 * good: they were signed out (4401), or their access was removed (4403). Not "reconnecting":
 * retrying cannot help, and the person should know why the text went away.
 */
import { AppHeader, type Crumb } from '../components/AppHeader.js';
import { Notice } from '../components/Message.js';
import { useSubmit } from '../forms/useSubmit.js';
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
          <Notice title="You were signed out" live className="closed-notice">
            <p>Your session ended, so this document was closed. Sign in again to continue; your place is kept.</p>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void signInAgain.run()}
              disabled={signInAgain.busy}
            >
              Sign in again
            </button>
          </Notice>
        ) : (
          <Notice title="You no longer have access to this document" live className="closed-notice">
            <p>
              Your role in this workspace was changed or removed by the secretariat. If you think this is a mistake,
              contact them.
            </p>
            <Link className="btn" href={paths.workspaces()}>
              Back to your workspaces
            </Link>
          </Notice>
        )}
      </main>
    </>
  );
}
