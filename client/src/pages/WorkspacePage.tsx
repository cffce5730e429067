/** One workspace's documents, most useful first (the order the server gives). */
import { getWorkspace, listDocuments } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Link, paths } from '../router.js';
import { relativeTime } from '../time.js';
import { useAsync } from '../useAsync.js';

const KIND_LABELS: Record<string, string> = {
  outcome: 'Outcome document',
  compilation: 'Compilation',
  summary: 'Meeting summary',
  report: 'Report',
  message: 'Message',
  guide: 'Guide',
  other: 'Document',
};

export function WorkspacePage({ workspaceId }: { workspaceId: string }) {
  const state = useAsync(
    async (signal) => {
      const [workspace, { documents }] = await Promise.all([getWorkspace(workspaceId, signal), listDocuments(workspaceId, signal)]);
      return { workspace, documents };
    },
    [workspaceId],
  );
  const name = state.status === 'done' ? state.value.workspace.name : workspaceId;

  return (
    <>
      <AppHeader crumbs={[{ label: name }]} />
      <main className="page">
        <h1 className="page-title">{name}</h1>
        {state.status === 'loading' && <Loading what="documents" />}
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
