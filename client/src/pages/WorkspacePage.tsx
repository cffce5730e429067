/** One workspace's documents, most useful first (the order the server gives). */
import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { can } from '../access.js';
import { getWorkspace, listDocuments } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { useAsync } from '../useAsync.js';
import { KIND_LABELS } from '../workspace/kinds.js';
import { NewDocument } from '../workspace/NewDocument.js';
import { WorkspaceTabs } from '../workspace/WorkspaceTabs.js';

export function WorkspacePage({ workspaceId }: { workspaceId: string }) {
  const t = useT();
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
  useEffect(() => {
    document.title = t('shell.workspace.documentTitle', { workspace: name });
  }, [name, t]);

  return (
    <>
      <AppHeader crumbs={[{ label: name }]} workspaceId={workspaceId} role={workspace?.access.role} />
      <main className="page">
        <div className="page-head">
          <h1 className="page-title">
            <bdi>{name}</bdi>
          </h1>
          {workspace && can(workspace.access, 'document.create') && <NewDocument workspaceId={workspaceId} />}
        </div>
        {workspace && <WorkspaceTabs workspaceId={workspaceId} access={workspace.access} current="documents" />}
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <Problem title={t('shell.workspace.loadFailed')}>{state.error.message}</Problem>}
        {state.status === 'done' &&
          (state.value.documents.length === 0 ? (
            <p className="empty">{t('shell.workspace.empty')}</p>
          ) : (
            <ul className="doc-list" aria-label={t('shell.tabs.documents')}>
              {state.value.documents.map((doc) => (
                <li key={doc.id} className="doc-row" data-document-id={doc.id}>
                  <Link className="doc-row-link" href={paths.document(doc.id)}>
                    <span className="doc-row-title">
                      <bdi>{doc.title}</bdi>
                    </span>
                    <span className="doc-row-kind">
                      {doc.kind in KIND_LABELS ? t(KIND_LABELS[doc.kind]) : doc.kind}
                    </span>
                    <span className="doc-row-meta">
                      <FormattedMessage
                        id="shell.workspace.updated"
                        values={{ when: <Time value={doc.updatedAt} /> }}
                      />
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
