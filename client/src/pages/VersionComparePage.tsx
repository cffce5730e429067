/** Two states of a document compared: paragraph marks and word-level insertions and deletions. */
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { Link, paths } from '../router.js';
import { useAsync } from '../useAsync.js';
import { compareVersions, listVersions } from '../versions/api.js';
import { ComparePicker } from '../versions/ComparePicker.js';
import { ComparisonView } from '../versions/ComparisonView.js';
import { versionPaths } from '../versions/paths.js';
import '../styles/versions.css';

export function VersionComparePage({ documentId, from, to }: { documentId: string; from: string; to: string }) {
  const header = useDocumentHeader(documentId, 'Compare versions');
  const state = useAsync(
    async (signal) => ({
      comparison: await compareVersions(documentId, from, to, signal),
      list: await listVersions(documentId, signal),
    }),
    [documentId, from, to],
  );
  const loaded = state.status === 'done' ? state.value : null;
  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page version-page" aria-busy={!loaded}>
        <p className="dash-links">
          <Link href={paths.document(documentId)}>Open the live document</Link>
          <Link href={versionPaths.list(documentId)}>All versions</Link>
        </p>
        {state.status === 'error' ? (
          <Problem title="The comparison cannot be shown">{state.error.message}</Problem>
        ) : !loaded ? (
          <Loading />
        ) : (
          <div className="version-paper">
            <h1>Compare</h1>
            <ComparePicker
              key={`${from}/${to}`}
              documentId={documentId}
              versions={loaded.list.versions}
              from={from}
              to={to}
            />
            <ComparisonView comparison={loaded.comparison} />
          </div>
        )}
      </main>
    </>
  );
}
