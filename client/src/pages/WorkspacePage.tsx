/** One workspace's documents, most useful first (the order the server gives). */
import { can } from '../access.js';
import { getWorkspace, listDocuments } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Link, paths } from '../router.js';
import { relativeTime } from '../time.js';
import { useAsync } from '../useAsync.js';
import { KIND_LABELS } from '../workspace/kinds.js';
import { NewDocument } from '../workspace/NewDocument.js';
import { WorkspaceTabs } from '../workspace/WorkspaceTabs.js';

export function WorkspacePage({ workspaceId }: { workspaceId: string }) {
  const state = useAsync(
    async (signal) => {
      const [workspace, { documents }] = await Promise.all([
        getWorkspace(workspaceId, signal),
        listDocuments(workspaceId, signal),
      ]);
      return { workspace, documents };
    },
    [workspaceId],
  );
  const workspace = state.status === 'done' ? state.value.workspace : null;
  const name = workspace?.name ?? workspaceId;

  return (
    <>
      <AppHeader crumbs={[{ label: name }]} workspaceId={workspaceId} role={workspace?.access.role} />
      <main className="page">
        <div className="page-head">
          <h1 className="page-title">{name}</h1>
          {workspace && can(workspace.access, 'document.create') && <NewDocument workspaceId={workspaceId} />}
        </div>
        {workspace && <WorkspaceTabs workspaceId={workspaceId} access={workspace.access} current="documents" />}
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <Problem title="Could not load this workspace">{state.error.message}</Problem>}
        {state.status === 'done' &&
          (state.value.documents.length === 0 ? (
            <p className="empty">No documents yet.</p>
          ) : (
            <ul className="doc-list" aria-label="Documents">
              {state.value.documents.map((doc) => (
                <li key={doc.id} className="doc-row" data-document-id={doc.id}>
                  <Link className="doc-row-link" href={paths.document(doc.id)}>
                    <span className="doc-row-title">{doc.title}</span>
                    <span className="doc-row-kind">{KIND_LABELS[doc.kind] ?? doc.kind}</span>
                    <span className="doc-row-meta">updated {relativeTime(doc.updatedAt)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ))}
      </main>
    </>
  );
}
