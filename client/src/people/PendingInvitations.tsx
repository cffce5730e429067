/**
 * The workspace's pending invitations (secretariat): who was invited, as what, by whom and
 * until when, each with a Revoke button. A revoked link stops working at once.
 */
import type { PendingInvitation } from '@accord/schema';
import { type ReactNode, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ROLE_LABELS } from '../access.js';
import { listInvitations, revokeInvitation } from '../api.js';
import { Loading, Problem } from '../components/Message.js';
import { describeError } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { useAsync } from '../useAsync.js';

export function PendingInvitations({
  workspaceId,
  reloadKey,
  onMessage,
}: {
  workspaceId: string;
  reloadKey: number;
  onMessage: (tone: 'ok' | 'bad', text: ReactNode) => void;
}) {
  const t = useT();
  const state = useAsync((signal) => listInvitations(workspaceId, signal), [workspaceId, reloadKey]);
  const [invitations, setInvitations] = useState<PendingInvitation[]>([]);
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (state.status === 'done') setInvitations(state.value.invitations);
  }, [state]);

  // The outcome goes to the page's message line, so the hook's own problem stays unused.
  const revoke = useSubmit(async (invitation: PendingInvitation) => {
    setTarget(invitation.id);
    try {
      await revokeInvitation(workspaceId, invitation.id);
      setInvitations((list) => list.filter((i) => i.id !== invitation.id));
      onMessage(
        'ok',
        <FormattedMessage id="shell.pending.revoked" values={{ email: <bdi>{invitation.email}</bdi> }} />,
      );
    } catch (error) {
      onMessage(
        'bad',
        <FormattedMessage
          id="shell.pending.revokeFailed"
          values={{ email: <bdi>{invitation.email}</bdi>, reason: describeError(error) }}
        />,
      );
    }
  });
  const revoking = (id: string) => revoke.busy && target === id;

  return (
    <section className="panel" aria-labelledby="pending-heading">
      <h2 id="pending-heading" className="panel-title">
        {t('shell.pending.title')}
      </h2>
      {state.status === 'loading' && invitations.length === 0 && <Loading />}
      {state.status === 'error' && (
        <Problem title={t('shell.pending.loadFailed')}>{describeError(state.error)}</Problem>
      )}
      {state.status === 'done' && invitations.length === 0 && <p className="field-hint">{t('shell.pending.empty')}</p>}
      {invitations.length > 0 && (
        <div className="table-scroll">
          <table className="data-table invitations-table">
            <caption className="visually-hidden">{t('shell.pending.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shell.field.email')}</th>
                <th scope="col">{t('shell.field.role')}</th>
                <th scope="col">{t('shell.pending.invitedBy')}</th>
                <th scope="col">{t('shell.pending.validUntil')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('shell.field.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id} data-invitation={i.email}>
                  <td>
                    <bdi>{i.email}</bdi>
                  </td>
                  <td>{t(ROLE_LABELS[i.role])}</td>
                  <td>{i.invitedBy ? <bdi>{i.invitedBy}</bdi> : '—'}</td>
                  <td>
                    <Time value={i.expiresAt} show="dateTime" />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-quiet btn-small btn-danger-quiet"
                      disabled={revoke.busy}
                      onClick={() => void revoke.run(i)}
                      aria-label={t('shell.pending.revokeOf', { email: i.email })}
                    >
                      {revoking(i.id) ? t('shell.pending.revoking') : t('shell.pending.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
