/** All workspaces (one body of people each, e.g. an advisory group), with their documents' count. */
import { ROLE_LABELS } from '../access.js';
import { listDocuments, listWorkspaces } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Link, paths } from '../router.js';
import { relativeTime } from '../time.js';
import { sessionStore } from '../session/useSession.js';
import { useAsync } from '../useAsync.js';

export function WorkspacesPage() {
  const state = useAsync(async (signal) => {
    const { workspaces } = await listWorkspaces(signal);
    return Promise.all(
      workspaces.map(async (w) => ({ workspace: w, documents: (await listDocuments(w.id, signal)).documents })),
    );
  }, []);

  return (
    <>
      <AppHeader />
      <main className="page">
        <h1 className="page-title">Workspaces</h1>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <Problem title="Could not load the workspaces">{state.error.message}</Problem>}
        {state.status === 'done' &&
          (state.value.length === 0 ? (
            <p className="empty">You are not in any workspace yet. The secretariat of your group can invite you.</p>
          ) : (
            <ul className="cards">
              {state.value.map(({ workspace, documents }) => {
                const role = sessionStore.roleIn(workspace.id);
                return (
                  <li key={workspace.id} className="card" data-workspace-id={workspace.id}>
                    <Link className="card-link" href={paths.workspace(workspace.id)}>
                      <span className="card-title">{workspace.name}</span>
                      <span className="card-meta">
                        {role && `${ROLE_LABELS[role]} · `}
                        {documents.length} {documents.length === 1 ? 'document' : 'documents'} · updated{' '}
                        {relativeTime(workspace.updatedAt)}
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
