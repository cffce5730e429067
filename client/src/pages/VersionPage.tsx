/** One version, read-only with its paragraph numbers; downloads, comparison with the live text, a new draft from it, and resetting the live document to it. */
import { FormattedMessage } from 'react-intl';
import { can } from '../access.js';
import { getDocument } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { FormError } from '../components/FormError.js';
import { Loading, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useSubmit } from '../forms/useSubmit.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { Link, navigate, paths } from '../router.js';
import { REPORT_FORMATS } from '../rounds/labels.js';
import { useAsync } from '../useAsync.js';
import { getVersionContent, startDraft, versionUrl } from '../versions/api.js';
import { versionPaths } from '../versions/paths.js';
import { VersionText } from '../versions/VersionText.js';
import '../styles/versions.css';
import { RevisionOf } from '../versions/RevisionOf.js';
import { ResetToVersion } from '../versions/ResetToVersion.js';

export function VersionPage({ documentId, versionId }: { documentId: string; versionId: string }) {
  const t = useT();
  const header = useDocumentHeader(documentId, t('versions.version.title'));
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
          <Link href={paths.document(documentId)}>{t('versions.link.live')}</Link>
          <Link href={versionPaths.list(documentId)}>{t('versions.link.all')}</Link>
          <Link href={versionPaths.compare(documentId, versionId, 'live')}>{t('versions.link.compareLive')}</Link>
          <span className="register-downloads">
            {t('versions.version.download')}{' '}
            {(['markdown', 'html', 'docx'] as const).map((format, i) => (
              <span key={format}>
                {i > 0 && ' · '}
                <a href={versionUrl(documentId, versionId, format)} download>
                  {t(REPORT_FORMATS.find((f) => f.format === format)!.label)}
                </a>
              </span>
            ))}
          </span>
        </p>
        {state.status === 'error' ? (
          <Problem title={t('versions.version.cannotShow')}>{state.error.message}</Problem>
        ) : !loaded ? (
          <Loading />
        ) : (
          <div className="version-paper">
            <h1>
              <bdi>{loaded.content.version.title}</bdi>
            </h1>
            <p className="version-caption">
              <FormattedMessage
                id="versions.version.caption"
                values={{
                  name: <bdi key="name">{loaded.content.version.name}</bdi>,
                  when: <Time key="when" value={loaded.content.version.createdAt} show="dateTime" />,
                  person: <bdi key="person">{loaded.content.version.createdBy.name}</bdi>,
                }}
              />
            </p>
            {loaded.content.version.note && (
              <p className="version-note" dir="auto">
                {loaded.content.version.note}
              </p>
            )}
            {loaded.content.version.answersRound && <RevisionOf round={loaded.content.version.answersRound} />}
            {can(loaded.document.access, 'version.create') && (
              <p>
                <button type="button" className="btn" onClick={() => void draft.run()} disabled={draft.busy}>
                  {draft.busy ? t('versions.draft.starting') : t('versions.draft.start')}
                </button>{' '}
                <span className="version-hint">{t('versions.draft.hint')}</span>
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
