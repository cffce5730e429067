/**
 * An invitation link (`/invite/:token`, from the invitation mail), opened with or without an
 * account. It says which workspace, role and email the invitation is for. A new person fills
 * in their details and a password and is signed in. Someone who already has an account
 * signs in first (the sign-in page brings them back here) and then accepts: a link alone
 * never signs anyone in to an existing account.
 */
import type { AcceptInvitationBody, InvitationInfo, Person } from '@accord/schema';
import { type ReactNode, useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { ROLE_SUMMARIES } from '../access.js';
import { acceptInvitation, getInvitation, listStakeholderGroups, RequestError } from '../api.js';
import { FormError } from '../components/FormError.js';
import { Loading, Notice, Problem } from '../components/Message.js';
import { PublicHeader } from '../components/PublicHeader.js';
import { describeError } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { NewPersonForm } from '../invite/NewPersonForm.js';
import { Link, navigate, paths } from '../router.js';
import { sessionStore, useSession } from '../session/useSession.js';
import { useAsync } from '../useAsync.js';

/** Text someone wrote or an address, isolated inside a translated sentence. */
const isolated = (text: string) => <bdi>{text}</bdi>;

export function InvitePage({ token }: { token: string }) {
  const t = useT();
  const state = useAsync(
    async (signal) => {
      const [invitation, { groups }] = await Promise.all([getInvitation(token, signal), listStakeholderGroups(signal)]);
      return { invitation, groups };
    },
    [token],
  );
  const session = useSession();

  useEffect(() => {
    document.title = t('shell.invite.documentTitle');
  }, [t]);

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
        <Problem title={gone ? t('shell.invite.gone') : t('shell.invite.unreadable')}>
          {describeError(state.error)}
        </Problem>
        <p className="invite-foot">
          <Link href={paths.signIn()}>{t('shell.invite.toSignIn')}</Link>
        </p>
      </>
    );
  } else {
    const { invitation, groups } = state.value;
    const me = session.status === 'signed-in' ? session.session.person : null;
    content = (
      <>
        <p className="sign-in-lead">
          <FormattedMessage
            id="shell.invite.lead"
            values={{
              workspace: isolated(invitation.workspace.name),
              role: invitation.role,
              summary: t(ROLE_SUMMARIES[invitation.role]),
              b: (chunks) => <strong>{chunks}</strong>,
            }}
          />
        </p>
        <dl className="facts">
          <dt>{t('shell.invite.for')}</dt>
          <dd data-invitation-email="">
            <bdi>{invitation.email}</bdi>
          </dd>
          <dt>{t('shell.invite.expires')}</dt>
          <dd>
            <Time value={invitation.expiresAt} show="dateTime" />
          </dd>
        </dl>
        {me && !invitation.existingPerson && (
          <Notice title={<FormattedMessage id="shell.invite.signedInAs" values={{ name: isolated(me.name) }} />}>
            <FormattedMessage id="shell.invite.createSwitches" values={{ email: isolated(invitation.email) }} />
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
    <>
      <PublicHeader />
      <main className="sign-in">
        <section className="sign-in-card invite-card" aria-labelledby="invite-title">
          <div className="sign-in-brand" aria-hidden="true">
            §
          </div>
          <h1 id="invite-title">{t('shell.invite.title')}</h1>
          {content}
        </section>
      </main>
    </>
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
  const t = useT();
  const { invitation, me, busy } = props;
  const email = isolated(invitation.email);
  if (!me) {
    return (
      <>
        <p>
          <FormattedMessage id="shell.invite.existingAccount" values={{ email }} />
        </p>
        <button type="button" className="btn btn-primary btn-block" onClick={props.onSignIn}>
          {t('shell.invite.signInToAccept')}
        </button>
      </>
    );
  }
  if (me.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <>
        <Notice title={<FormattedMessage id="shell.invite.signedInAs" values={{ name: isolated(me.name) }} />}>
          <FormattedMessage id="shell.invite.otherAccount" values={{ email }} />
        </Notice>
        <button type="button" className="btn btn-primary btn-block" onClick={props.onSwitch}>
          <FormattedMessage id="shell.invite.switchAccount" values={{ email }} />
        </button>
      </>
    );
  }
  return (
    <>
      <p>
        <FormattedMessage
          id="shell.invite.acceptAdds"
          values={{ name: isolated(me.name), workspace: isolated(invitation.workspace.name) }}
        />
      </p>
      <button type="button" className="btn btn-primary btn-block" disabled={busy} onClick={props.onAccept}>
        {busy ? (
          t('shell.invite.joining')
        ) : (
          <FormattedMessage id="shell.invite.accept" values={{ workspace: isolated(invitation.workspace.name) }} />
        )}
      </button>
    </>
  );
}
