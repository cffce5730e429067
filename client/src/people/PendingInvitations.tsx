/**
 * The workspace's pending invitations (secretariat): who was invited, as what, by whom and
 * until when, each with a Revoke button. A revoked link stops working at once.
 */
import type { PendingInvitation } from '@accord/schema';
import { useEffect, useState } from 'react';
import { ROLE_LABELS } from '../access.js';
import { listInvitations, revokeInvitation } from '../api.js';
import { Loading, Problem } from '../components/Message.js';
import { describeError } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { dateTime } from '../time.js';
import { useAsync } from '../useAsync.js';

export function PendingInvitations({
  workspaceId,
  reloadKey,
  onMessage,
}: {
  workspaceId: string;
  reloadKey: number;
  onMessage: (tone: 'ok' | 'bad', text: string) => void;
}) {
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
      onMessage('ok', `The invitation of ${invitation.email} was revoked; its link no longer works.`);
    } catch (error) {
      onMessage('bad', `Could not revoke the invitation of ${invitation.email}: ${describeError(error)}`);
    }
  });
  const revoking = (id: string) => revoke.busy && target === id;

  return (
    <section className="panel" aria-labelledby="pending-heading">
      <h2 id="pending-heading" className="panel-title">
        Pending invitations
      </h2>
      {state.status === 'loading' && invitations.length === 0 && <Loading />}
      {state.status === 'error' && (
        <Problem title="Could not load the pending invitations">{describeError(state.error)}</Problem>
      )}
      {state.status === 'done' && invitations.length === 0 && (
        <p className="field-hint">No invitation is waiting to be accepted.</p>
      )}
      {invitations.length > 0 && (
        <div className="table-scroll">
          <table className="data-table invitations-table">
            <caption className="visually-hidden">Pending invitations</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Invited by</th>
                <th scope="col">Valid until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id} data-invitation={i.email}>
                  <td>{i.email}</td>
                  <td>{ROLE_LABELS[i.role]}</td>
                  <td>{i.invitedBy ?? '—'}</td>
                  <td>{dateTime(i.expiresAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-quiet btn-small btn-danger-quiet"
                      disabled={revoke.busy}
                      onClick={() => void revoke.run(i)}
                      aria-label={`Revoke the invitation of ${i.email}`}
                    >
                      {revoking(i.id) ? 'Revoking…' : 'Revoke'}
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
