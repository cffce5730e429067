/**
 * An invitation link (`/invite/:token`, from the invitation mail), opened with or without an
 * account. It says which workspace, role and email the invitation is for. A new person fills
 * in their details and a password and is signed in. Someone who already has an account
 * signs in first (the sign-in page brings them back here) and then accepts: a link alone
 * never signs anyone in to an existing account.
 */
import type { AcceptInvitationBody, InvitationInfo, Person } from '@accord/schema';
import { type ReactNode, useEffect } from 'react';
import { roleAsComplement, ROLE_SUMMARIES } from '../access.js';
import { acceptInvitation, getInvitation, listStakeholderGroups, RequestError } from '../api.js';
import { FormError } from '../components/FormError.js';
import { Loading, Notice, Problem } from '../components/Message.js';
import { describeError } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { NewPersonForm } from '../invite/NewPersonForm.js';
import { Link, navigate, paths } from '../router.js';
import { sessionStore, useSession } from '../session/useSession.js';
import { dateTime } from '../time.js';
import { useAsync } from '../useAsync.js';

export function InvitePage({ token }: { token: string }) {
  const state = useAsync(
    async (signal) => {
      const [invitation, { groups }] = await Promise.all([getInvitation(token, signal), listStakeholderGroups(signal)]);
      return { invitation, groups };
    },
    [token],
  );
  const session = useSession();

  useEffect(() => {
    document.title = 'Invitation · Accord';
  }, []);

  const here = paths.invite(token);
  const signInFirst = () => navigate(paths.signIn(here));
  const switchAccount = async () => {
    await sessionStore.signOut();
    signInFirst();
  };

  const accept = useSubmit(async (body: AcceptInvitationBody) => {
    if (state.status !== 'done') return;
    sessionStore.adopt(await acceptInvitation(token, body));
    navigate(paths.workspace(state.value.invitation.workspace.id), { replace: true });
  });

  let content: ReactNode;
  if (state.status === 'loading') content = <Loading />;
  else if (state.status === 'error') {
    const gone = state.error instanceof RequestError && state.error.status === 404;
    content = (
      <>
        <Problem title={gone ? 'This invitation cannot be used' : 'Could not read the invitation'}>
          {describeError(state.error)}
        </Problem>
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
          You are invited to join <strong>{invitation.workspace.name}</strong> as {roleAsComplement(invitation.role)}:{' '}
          {ROLE_SUMMARIES[invitation.role]}.
        </p>
        <dl className="facts">
          <dt>For</dt>
          <dd data-invitation-email="">{invitation.email}</dd>
          <dt>Expires</dt>
          <dd>{dateTime(invitation.expiresAt)}</dd>
        </dl>
        {me && !invitation.existingPerson && (
          <Notice title={`You are signed in as ${me.name}`}>
            Creating this account signs you in as {invitation.email} instead, in this browser.
          </Notice>
        )}
        <FormError problem={accept.problem} />
        {invitation.existingPerson ? (
          <ExistingAccount
            invitation={invitation}
            me={me}
            busy={accept.busy}
            onSignIn={signInFirst}
            onSwitch={() => void switchAccount()}
            onAccept={() => void accept.run({})}
          />
        ) : (
          <NewPersonForm
            email={invitation.email}
            groups={groups}
            busy={accept.busy}
            serverErrors={accept.fields}
            onSubmit={(body) => void accept.run(body)}
          />
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

/** An invitation for an email that has an account: sign in as it, then accept (the role is added; the session stays). */
function ExistingAccount(props: {
  invitation: InvitationInfo;
  me: Person | null;
  busy: boolean;
  onSignIn: () => void;
  onSwitch: () => void;
  onAccept: () => void;
}) {
  const { invitation, me, busy } = props;
  if (!me) {
    return (
      <>
        <p>There is an Accord account for {invitation.email}. Sign in with it first; you come back here to accept.</p>
        <button type="button" className="btn btn-primary btn-block" onClick={props.onSignIn}>
          Sign in to accept
        </button>
      </>
    );
  }
  if (me.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <>
        <Notice title={`You are signed in as ${me.name}`}>
          This invitation is for {invitation.email}. Only that account can accept it: sign out and sign in as{' '}
          {invitation.email}.
        </Notice>
        <button type="button" className="btn btn-primary btn-block" onClick={props.onSwitch}>
          Sign out and sign in as {invitation.email}
        </button>
      </>
    );
  }
  return (
    <>
      <p>
        You are signed in as {me.name}. Accepting adds {invitation.workspace.name} to your account.
      </p>
      <button type="button" className="btn btn-primary btn-block" disabled={busy} onClick={props.onAccept}>
        {busy ? 'Joining…' : `Accept and join ${invitation.workspace.name}`}
      </button>
    </>
  );
}
