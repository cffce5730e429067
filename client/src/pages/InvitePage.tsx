/**
 * An invitation link (`/invite/:token`), opened with or without an account. It says which
 * workspace, role and email the invitation is for; a new person fills in their details and a
 * password, someone who already has an account accepts in one click. Either way the server
 * answers with a session and the person lands in the workspace, signed in.
 */
import type { AcceptInvitationBody } from '@accord/schema';
import { useEffect, useState } from 'react';
import { roleAsComplement, ROLE_SUMMARIES } from '../access.js';
import { acceptInvitation, getInvitation, listStakeholderGroups, RequestError } from '../api.js';
import { Loading, Notice, Problem } from '../components/Message.js';
import { describeError, fieldErrors } from '../errors.js';
import { NewPersonForm } from '../invite/NewPersonForm.js';
import { Link, navigate, paths } from '../router.js';
import { sessionStore, useSession } from '../session/useSession.js';
import { dateTime } from '../time.js';
import { useAsync } from '../useAsync.js';

export function InvitePage({ token }: { token: string }) {
  const state = useAsync(async (signal) => {
    const [invitation, { groups }] = await Promise.all([getInvitation(token, signal), listStakeholderGroups(signal)]);
    return { invitation, groups };
  }, [token]);
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    document.title = 'Invitation · Accord';
  }, []);

  const accept = async (body: AcceptInvitationBody) => {
    if (state.status !== 'done') return;
    setBusy(true);
    setError(null);
    try {
      sessionStore.adopt(await acceptInvitation(token, body));
      navigate(paths.workspace(state.value.invitation.workspace.id), { replace: true });
    } catch (caught) {
      setError(describeError(caught));
      setServerErrors(fieldErrors(caught));
      setBusy(false);
    }
  };

  let content;
  if (state.status === 'loading') content = <Loading what="the invitation" />;
  else if (state.status === 'error') {
    const gone = state.error instanceof RequestError && state.error.status === 404;
    content = (
      <>
        <Problem title={gone ? 'This invitation cannot be used' : 'Could not read the invitation'}>{describeError(state.error)}</Problem>
        <p className="invite-foot">
          <Link href={paths.signIn()}>Go to the sign-in page</Link>
        </p>
      </>
    );
  } else {
    const { invitation, groups } = state.value;
    const me = session.status === 'signed-in' ? session.session.person : null;
    content = (
      <>
        <p className="sign-in-lead">
          You are invited to join <strong>{invitation.workspace.name}</strong> as {roleAsComplement(invitation.role)}: {ROLE_SUMMARIES[invitation.role]}.
        </p>
        <dl className="facts">
          <dt>For</dt>
          <dd data-invitation-email="">{invitation.email}</dd>
          <dt>Expires</dt>
          <dd>{dateTime(invitation.expiresAt)}</dd>
        </dl>
        {me && me.email !== invitation.email && (
          <Notice title={`You are signed in as ${me.name}`}>
            Accepting signs you in as {invitation.email} instead, in this browser.
          </Notice>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {invitation.existingPerson ? (
          <>
            <p>You already have an Accord account with this email. Accepting adds this workspace to it and signs you in.</p>
            <button type="button" className="btn btn-primary btn-block" disabled={busy} onClick={() => void accept({})}>
              {busy ? 'Joining…' : `Accept and join ${invitation.workspace.name}`}
            </button>
          </>
        ) : (
          <NewPersonForm email={invitation.email} groups={groups} busy={busy} serverErrors={serverErrors} onSubmit={(body) => void accept(body)} />
        )}
      </>
    );
  }

  return (
    <main className="sign-in">
      <section className="sign-in-card invite-card" aria-labelledby="invite-title">
        <div className="sign-in-brand" aria-hidden="true">
          §
        </div>
        <h1 id="invite-title">Your invitation to Accord</h1>
        {content}
      </section>
    </main>
  );
}
