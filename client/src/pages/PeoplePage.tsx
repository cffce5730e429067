/**
 * The people of a workspace (`/w/:id/people`, for roles with 'people.read'): who they are,
 * their stakeholder group and role. The secretariat also changes roles, removes people,
 * invites new ones by mail and revokes pending invitations; each change takes effect on the
 * others' open documents within a second.
 */
import type { Role, WorkspacePerson } from '@accord/schema';
import { type ReactNode, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { can } from '../access.js';
import { getWorkspace, listPeople, listStakeholderGroups, removeFromWorkspace, setRole } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { describeError } from '../errors.js';
import { useT } from '../i18n/useT.js';
import { InvitePanel } from '../people/InvitePanel.js';
import { PendingInvitations } from '../people/PendingInvitations.js';
import { PeopleTable } from '../people/PeopleTable.js';
import { paths } from '../router.js';
import { sessionStore, useSession } from '../session/useSession.js';
import { useAsync } from '../useAsync.js';
import { WorkspaceTabs } from '../workspace/WorkspaceTabs.js';

export function PeoplePage({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const session = useSession();
  const meId = session.status === 'signed-in' ? session.session.person.id : '';
  const state = useAsync(
    async (signal) => {
      const workspace = await getWorkspace(workspaceId, signal);
      const [{ people }, { groups }] = await Promise.all([
        listPeople(workspaceId, signal),
        listStakeholderGroups(signal),
      ]);
      return { workspace, people, groups };
    },
    [workspaceId],
  );
  const [people, setPeople] = useState<WorkspacePerson[]>([]);
  useEffect(() => {
    if (state.status === 'done') setPeople(state.value.people);
  }, [state]);
  // One message for the last change, good or bad, read out politely.
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: ReactNode } | null>(null);
  const [invited, setInvited] = useState(0);

  const workspace = state.status === 'done' ? state.value.workspace : null;
  const name = workspace?.name ?? workspaceId;
  useEffect(() => {
    document.title = t('shell.people.documentTitle', { workspace: name });
  }, [name, t]);

  const onSetRole = async (entry: WorkspacePerson, role: Role) => {
    setMessage(null);
    try {
      const updated = await setRole(workspaceId, entry.person.id, role);
      setPeople((list) => list.map((p) => (p.person.id === updated.person.id ? updated : p)));
      setMessage({
        tone: 'ok',
        text: (
          <FormattedMessage
            id="shell.people.roleChanged"
            values={{ name: <bdi>{entry.person.name}</bdi>, role: updated.role }}
          />
        ),
      });
      if (entry.person.id === meId) void sessionStore.refresh();
    } catch (error) {
      setMessage({
        tone: 'bad',
        text: (
          <FormattedMessage
            id="shell.people.roleChangeFailed"
            values={{ name: <bdi>{entry.person.name}</bdi>, reason: describeError(error) }}
          />
        ),
      });
      throw error;
    }
  };
  const onRemove = async (entry: WorkspacePerson) => {
    setMessage(null);
    try {
      await removeFromWorkspace(workspaceId, entry.person.id);
      setPeople((list) => list.filter((p) => p.person.id !== entry.person.id));
      setMessage({
        tone: 'ok',
        text: (
          <FormattedMessage
            id="shell.people.removed"
            values={{ name: <bdi>{entry.person.name}</bdi>, workspace: <bdi>{name}</bdi> }}
          />
        ),
      });
    } catch (error) {
      setMessage({
        tone: 'bad',
        text: (
          <FormattedMessage
            id="shell.people.removeFailed"
            values={{ name: <bdi>{entry.person.name}</bdi>, reason: describeError(error) }}
          />
        ),
      });
      throw error;
    }
  };

  return (
    <>
      <AppHeader
        crumbs={[{ label: name, href: paths.workspace(workspaceId) }, { label: t('shell.tabs.people') }]}
        workspaceId={workspaceId}
        role={workspace?.access.role}
      />
      <main className="page page-wide">
        <h1 className="page-title">
          <bdi>{name}</bdi>
        </h1>
        {workspace && <WorkspaceTabs workspaceId={workspaceId} access={workspace.access} current="people" />}
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && (
          <Problem title={t('shell.people.loadFailed')}>{describeError(state.error)}</Problem>
        )}
        {state.status === 'done' && workspace && (
          <>
            <p className={`status-line${message ? ` status-${message.tone}` : ''}`} role="status" aria-live="polite">
              {message?.text ?? ''}
            </p>
            <PeopleTable
              people={people}
              groups={state.value.groups}
              workspaceName={name}
              meId={meId}
              canChangeRoles={can(workspace.access, 'role.change')}
              onSetRole={onSetRole}
              onRemove={onRemove}
            />
            {can(workspace.access, 'people.manage') && (
              <>
                <InvitePanel workspaceId={workspaceId} onInvited={() => setInvited((n) => n + 1)} />
                <PendingInvitations
                  workspaceId={workspaceId}
                  reloadKey={invited}
                  onMessage={(tone, text) => setMessage({ tone, text })}
                />
              </>
            )}
          </>
        )}
      </main>
    </>
  );
}
