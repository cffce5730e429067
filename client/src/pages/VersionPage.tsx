/** One version, read-only with its paragraph numbers; downloads, comparison with the live text, a new draft from it, and resetting the live document to it. */
import { can } from '../access.js';
import { getDocument } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { FormError } from '../components/FormError.js';
import { Loading, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useSubmit } from '../forms/useSubmit.js';
import { Link, navigate, paths } from '../router.js';
import { dateTime } from '../time.js';
import { useAsync } from '../useAsync.js';
import { getVersionContent, startDraft, versionUrl } from '../versions/api.js';
import { versionPaths } from '../versions/paths.js';
import { VersionText } from '../versions/VersionText.js';
import '../styles/versions.css';
import { RevisionOf } from '../versions/RevisionOf.js';
import { ResetToVersion } from '../versions/ResetToVersion.js';

export function VersionPage({ documentId, versionId }: { documentId: string; versionId: string }) {
  const header = useDocumentHeader(documentId, 'Version');
  const state = useAsync(
    async (signal) => ({
      document: await getDocument(documentId, signal),
      content: await getVersionContent(documentId, versionId, signal),
    }),
    [documentId, versionId],
  );
  const loaded = state.status === 'done' ? state.value : null;
  const draft = useSubmit(async () => {
    const created = await startDraft(documentId, versionId);
    navigate(paths.document(created.documentId));
  });

  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page version-page" aria-busy={!loaded}>
        <p className="dash-links">
          <Link href={paths.document(documentId)}>Open the live document</Link>
          <Link href={versionPaths.list(documentId)}>All versions</Link>
          <Link href={versionPaths.compare(documentId, versionId, 'live')}>Compare with the live document</Link>
          <span className="register-downloads">
            Download:{' '}
            <a href={versionUrl(documentId, versionId, 'markdown')} download>
              Markdown
            </a>{' '}
            ·{' '}
            <a href={versionUrl(documentId, versionId, 'html')} download>
              HTML
            </a>{' '}
            ·{' '}
            <a href={versionUrl(documentId, versionId, 'docx')} download>
              Word (DOCX)
            </a>
          </span>
        </p>
        {state.status === 'error' ? (
          <Problem title="This version cannot be shown">{state.error.message}</Problem>
        ) : !loaded ? (
          <Loading />
        ) : (
          <div className="version-paper">
            <h1>{loaded.content.version.title}</h1>
            <p className="version-caption">
              Version “{loaded.content.version.name}”, saved {dateTime(loaded.content.version.createdAt)} by{' '}
              {loaded.content.version.createdBy.name}. Read-only.
            </p>
            {loaded.content.version.note && <p className="version-note">{loaded.content.version.note}</p>}
            {loaded.content.version.answersRound && <RevisionOf round={loaded.content.version.answersRound} />}
            {can(loaded.document.access, 'version.create') && (
              <p>
                <button type="button" className="btn" onClick={() => void draft.run()} disabled={draft.busy}>
                  {draft.busy ? 'Starting…' : 'Start a new draft from this version'}
                </button>{' '}
                <span className="version-hint">
                  A new document is created; this one and its history stay as they are.
                </span>
              </p>
            )}
            {can(loaded.document.access, 'document.reset') && (
              <ResetToVersion documentId={documentId} versionId={versionId} versionName={loaded.content.version.name} />
            )}
            <FormError problem={draft.problem} />
            <VersionText blocks={loaded.content.paragraphs} />
          </div>
        )}
      </main>
    </>
  );
}
