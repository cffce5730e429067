/** All workspaces (one body of people each, e.g. an advisory group), with their documents' count. */
import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { ROLE_LABELS } from '../access.js';
import { listDocuments, listWorkspaces } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { sessionStore } from '../session/useSession.js';
import { useAsync } from '../useAsync.js';

export function WorkspacesPage() {
  const t = useT();
  const state = useAsync(async (signal) => {
    const { workspaces } = await listWorkspaces(signal);
    return Promise.all(
      workspaces.map(async (w) => ({ workspace: w, documents: (await listDocuments(w.id, signal)).documents })),
    );
  }, []);
  useEffect(() => {
    document.title = t('shell.workspaces.documentTitle');
  }, [t]);

  return (
    <>
      <AppHeader />
      <main className="page">
        <h1 className="page-title">{t('shell.workspaces.title')}</h1>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <Problem title={t('shell.workspaces.loadFailed')}>{state.error.message}</Problem>}
        {state.status === 'done' &&
          (state.value.length === 0 ? (
            <p className="empty">{t('shell.workspaces.empty')}</p>
          ) : (
            <ul className="cards">
              {state.value.map(({ workspace, documents }) => {
                const role = sessionStore.roleIn(workspace.id);
                const values = {
                  count: documents.length,
                  updated: <Time value={workspace.updatedAt} />,
                  role: role ? t(ROLE_LABELS[role]) : '',
                };
                return (
                  <li key={workspace.id} className="card" data-workspace-id={workspace.id}>
                    <Link className="card-link" href={paths.workspace(workspace.id)}>
                      <span className="card-title">
                        <bdi>{workspace.name}</bdi>
                      </span>
                      <span className="card-meta">
                        <FormattedMessage
                          id={role ? 'shell.workspaces.metaWithRole' : 'shell.workspaces.meta'}
                          values={values}
                        />
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          ))}
      </main>
    </>
  );
}
