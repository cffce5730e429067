/** All workspaces (one body of people each, e.g. an advisory group), with their documents' count. */
import { listDocuments, listWorkspaces } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Link, paths } from '../router.js';
import { relativeTime } from '../time.js';
import { useAsync } from '../useAsync.js';

export function WorkspacesPage() {
  const state = useAsync(async (signal) => {
    const { workspaces } = await listWorkspaces(signal);
    return Promise.all(workspaces.map(async (w) => ({ workspace: w, documents: (await listDocuments(w.id, signal)).documents })));
  }, []);

  return (
    <>
      <AppHeader />
      <main className="page">
        <h1 className="page-title">Workspaces</h1>
        {state.status === 'loading' && <Loading what="workspaces" />}
        {state.status === 'error' && <Problem title="Could not load the workspaces">{state.error.message}. Is the server running?</Problem>}
        {state.status === 'done' &&
          (state.value.length === 0 ? (
            <p className="empty">No workspaces yet.</p>
          ) : (
            <ul className="cards">
              {state.value.map(({ workspace, documents }) => (
                <li key={workspace.id} className="card" data-workspace-id={workspace.id}>
                  <Link className="card-link" href={paths.workspace(workspace.id)}>
                    <span className="card-title">{workspace.name}</span>
                    <span className="card-meta">
                      {documents.length} {documents.length === 1 ? 'document' : 'documents'} · updated {relativeTime(workspace.updatedAt)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ))}
      </main>
    </>
  );
}
