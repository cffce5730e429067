/**
 * A call for contributions' public page (issue 14), built for a phone first: the call and its
 * pillars; then, while it is open, a name and email, the mailed code, and the contribution
 * (typed or uploaded); then what the server stored, editable until the deadline. The confirmed
 * token is kept for this call in this tab only (sessionStorage). Someone signed in to the
 * workspace may contribute with their session instead, or switch to the email steps.
 */
import type { Call, Contribution } from '@accord/schema';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { FormError } from '../components/FormError.js';
import { Loading, Problem } from '../components/Message.js';
import { refusalMessage } from '../consult/refusal.js';
import { getCall, getOwnContribution, type Contributor } from '../contribute/api.js';
import { CallBar, CallHeader } from '../contribute/CallHeader.js';
import { ContributionForm } from '../contribute/ContributionForm.js';
import { ContributorSteps, type Confirmed } from '../contribute/ContributorSteps.js';
import { Receipt } from '../contribute/Receipt.js';
import { forget, keep, readKept } from '../contribute/token.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { useSession } from '../session/useSession.js';
import { useAsync } from '../useAsync.js';
import '../styles/consult.css';
import '../styles/contribute.css';

export function ContributePage({ callId }: { callId: string }) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const state = useAsync((signal) => getCall(callId, signal), [callId, attempt]);

  if (state.status === 'loading') {
    return (
      <main className="consult-page">
        <CallBar />
        <Loading />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="consult-page">
        <CallBar />
        <Problem title={t('compilation.call.cannotShow')}>{refusalMessage(state.error)}</Problem>
        <p>
          <button type="button" className="btn consult-tap" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.tryAgain')}
          </button>
        </p>
      </main>
    );
  }
  return (
    <main className="consult-page contribute-page">
      <CallHeader call={state.value.call} />
      <Contributing call={state.value.call} />
    </main>
  );
}

type Who = (Confirmed & { contributor: Contributor }) | null;

function Contributing({ call }: { call: Call }) {
  const t = useT();
  const session = useSession();
  const member = session.status === 'signed-in' ? session.session.person : null;
  const [who, setWho] = useState<Who>(() => {
    const kept = readKept(call.id);
    if (kept) return { ...kept, contributor: { kind: 'token', token: kept.token } };
    return member ? { token: '', name: member.name, email: member.email, contributor: { kind: 'session' } } : null;
  });
  const [stored, setStored] = useState<Contribution | null>(() => readKept(call.id)?.contribution ?? null);
  const [editing, setEditing] = useState(false);
  // The acknowledgement mail links `?contribution=<id>`: once confirmed in this tab, show that one.
  const [wanted] = useState(() => new URLSearchParams(window.location.search).get('contribution'));
  const [lookup, setLookup] = useState<string | null>(null);
  const token = who?.contributor.kind === 'token' ? who.token : null;
  useEffect(() => {
    if (!token || !wanted || stored?.id === wanted) return;
    const controller = new AbortController();
    getOwnContribution(call.id, token, wanted, controller.signal).then(
      (found) => {
        setStored(found);
        const kept = readKept(call.id);
        if (kept) keep(call.id, { ...kept, contribution: found });
      },
      (error: unknown) => !controller.signal.aborted && setLookup(refusalMessage(error)),
    );
    return () => controller.abort();
  }, [call.id, token, wanted, stored?.id]);
  const open = call.state === 'open';
  // Each step replaces the previous one: its heading takes the focus, not the page's top.
  const focus = useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = useState(0);
  useEffect(() => {
    if (moved > 0) (focus.current ?? document.getElementById('contribute-form-title'))?.focus();
  }, [moved]);

  const confirmed = (c: Confirmed) => {
    keep(call.id, { ...c, contribution: null });
    setWho({ ...c, contributor: { kind: 'token', token: c.token } });
    setMoved((n) => n + 1);
  };
  const saved = (contribution: Contribution) => {
    if (who?.contributor.kind === 'token')
      keep(call.id, { token: who.token, name: who.name, email: who.email, contribution });
    setStored(contribution);
    setEditing(false);
    setMoved((n) => n + 1);
  };
  const switchToEmail = () => {
    forget(call.id);
    setWho(null);
    setStored(null);
  };

  if (stored && !editing)
    return (
      <Receipt
        ref={focus}
        call={call}
        contribution={stored}
        onEdit={
          open
            ? () => {
                setEditing(true);
                setMoved((n) => n + 1);
              }
            : null
        }
      />
    );
  if (!open) return null; // the header says when it opens or that it closed
  const notFound = lookup && <FormError problem={t('compilation.call.ownNotShown', { reason: lookup })} />;
  if (!who && call.participation === 'invited')
    return (
      <p className="consult-notice">
        <FormattedMessage
          id="compilation.call.invitedOnly"
          values={{ link: (chunks) => <Link href={paths.signIn(paths.contribute(call.id))}>{chunks}</Link> }}
        />
      </p>
    );
  if (!who)
    return (
      <>
        {wanted && <p className="consult-notice">{t('compilation.call.confirmAgain')}</p>}
        <ContributorSteps callId={call.id} onConfirmed={confirmed} />
      </>
    );
  return (
    <>
      {notFound}
      <p className="consult-me" role="status">
        {who.contributor.kind === 'session' ? (
          <FormattedMessage id="compilation.call.asMember" values={{ name: <bdi>{who.name}</bdi> }} />
        ) : (
          <FormattedMessage
            id="compilation.call.asContributor"
            values={{ name: <bdi>{who.name}</bdi>, email: <bdi>{who.email}</bdi> }}
          />
        )}{' '}
        <button type="button" className="contribute-link" onClick={switchToEmail}>
          {who.contributor.kind === 'session' ? t('compilation.call.useEmail') : t('compilation.call.notYou')}
        </button>
      </p>
      <ContributionForm
        call={call}
        contributor={who.contributor}
        editing={editing ? stored : null}
        onStored={saved}
        onCancel={editing ? () => setEditing(false) : undefined}
      />
    </>
  );
}
