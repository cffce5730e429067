/** Two states of a document compared: paragraph marks and word-level insertions and deletions. */
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { useAsync } from '../useAsync.js';
import { compareVersions, listVersions } from '../versions/api.js';
import { ComparePicker } from '../versions/ComparePicker.js';
import { ComparisonView } from '../versions/ComparisonView.js';
import { versionPaths } from '../versions/paths.js';
import '../styles/versions.css';

export function VersionComparePage({ documentId, from, to }: { documentId: string; from: string; to: string }) {
  const t = useT();
  const header = useDocumentHeader(documentId, t('versions.compare.pageTitle'));
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
          <Link href={paths.document(documentId)}>{t('versions.link.live')}</Link>
          <Link href={versionPaths.list(documentId)}>{t('versions.link.all')}</Link>
        </p>
        {state.status === 'error' ? (
          <Problem title={t('versions.compare.cannotShow')}>{state.error.message}</Problem>
        ) : !loaded ? (
          <Loading />
        ) : (
          <div className="version-paper">
            <h1>{t('versions.compare.title')}</h1>
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
