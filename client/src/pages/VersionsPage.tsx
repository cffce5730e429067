/** A document's versions: save the live document as one (when allowed), list them, compare any two. */
import { useState } from 'react';
import { can } from '../access.js';
import { getDocument } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { Link, paths } from '../router.js';
import { dateTime } from '../time.js';
import { useAsync } from '../useAsync.js';
import { listVersions } from '../versions/api.js';
import { ComparePicker } from '../versions/ComparePicker.js';
import { SaveVersionForm } from '../versions/SaveVersionForm.js';
import { NumberingForm } from '../numbering/NumberingForm.js';
import { versionPaths } from '../versions/paths.js';
import { SilenceProcedures } from '../endorsement/SilenceProcedures.js';
import '../styles/versions.css';

export function VersionsPage({ documentId }: { documentId: string }) {
  const header = useDocumentHeader(documentId, 'Versions');
  const [reload, setReload] = useState(0);
  const state = useAsync(
    async (signal) => ({
      document: await getDocument(documentId, signal),
      list: await listVersions(documentId, signal),
    }),
    [documentId, reload],
  );
  const loaded = state.status === 'done' ? state.value : null;

  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page versions-page" aria-busy={!loaded}>
        <p className="dash-links">
          <Link href={paths.document(documentId)}>Open the document</Link>
          {loaded && (can(loaded.document.access, 'round.manage') || can(loaded.document.access, 'round.respond')) && (
            <Link href={paths.rounds(documentId)}>Consultation rounds</Link>
          )}
        </p>
        {state.status === 'error' ? (
          <Problem title="The versions cannot be shown">{state.error.message}</Problem>
        ) : !loaded ? (
          <Loading />
        ) : (
          <>
            <h1>Versions</h1>
            {loaded.list.origin && (
              <p className="version-origin">
                This document was started from{' '}
                <Link href={versionPaths.version(loaded.list.origin.documentId, loaded.list.origin.versionId)}>
                  “{loaded.list.origin.name}”
                </Link>
                .
              </p>
            )}
            {can(loaded.document.access, 'version.create') && (
              <SaveVersionForm documentId={documentId} onSaved={() => setReload((n) => n + 1)} />
            )}
            <NumberingForm
              documentId={documentId}
              versions={loaded.list.versions}
              canChange={can(loaded.document.access, 'version.create')}
            />
            {loaded.list.versions.length === 0 ? (
              <p>No version has been saved yet.</p>
            ) : (
              <>
                <ul className="version-list">
                  {loaded.list.versions.map((v) => (
                    <li key={v.id}>
                      <Link href={versionPaths.version(documentId, v.id)}>{v.name}</Link>
                      <span className="version-meta">
                        {' '}
                        — {dateTime(v.createdAt)}, {v.createdBy.name}
                      </span>
                      {v.note && <p className="version-note">{v.note}</p>}
                      {can(loaded.document.access, 'round.manage') && (
                        <p className="version-hint">
                          <Link
                            href={`${paths.rounds(documentId)}?version=${encodeURIComponent(v.id)}`}
                            aria-label={`Open a consultation round on “${v.name}”`}
                          >
                            Open a consultation round
                          </Link>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
                <SilenceProcedures
                  documentId={documentId}
                  access={loaded.document.access}
                  versions={loaded.list.versions}
                />
                <h2>Compare</h2>
                <ComparePicker documentId={documentId} versions={loaded.list.versions} />
              </>
            )}
          </>
        )}
      </main>
    </>
  );
}
