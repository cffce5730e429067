/** A document's versions: save the live document as one (when allowed), list them, compare any two. */
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { can } from '../access.js';
import { getDocument } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { isolate } from '../rounds/labels.js';
import { useAsync } from '../useAsync.js';
import { listVersions } from '../versions/api.js';
import { ComparePicker } from '../versions/ComparePicker.js';
import { SaveVersionForm } from '../versions/SaveVersionForm.js';
import { NumberingForm } from '../numbering/NumberingForm.js';
import { versionPaths } from '../versions/paths.js';
import { SilenceProcedures } from '../endorsement/SilenceProcedures.js';
import '../styles/versions.css';

export function VersionsPage({ documentId }: { documentId: string }) {
  const t = useT();
  const header = useDocumentHeader(documentId, t('versions.list.title'));
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
          <Link href={paths.document(documentId)}>{t('rounds.link.document')}</Link>
          {loaded && (can(loaded.document.access, 'round.manage') || can(loaded.document.access, 'round.respond')) && (
            <Link href={paths.rounds(documentId)}>{t('rounds.list.title')}</Link>
          )}
        </p>
        {state.status === 'error' ? (
          <Problem title={t('versions.list.cannotShow')}>{state.error.message}</Problem>
        ) : !loaded ? (
          <Loading />
        ) : (
          <>
            <h1>{t('versions.list.title')}</h1>
            {loaded.list.origin && (
              <p className="version-origin">
                <FormattedMessage
                  id="versions.list.origin"
                  values={{
                    link: (text) => (
                      <Link
                        key="link"
                        href={versionPaths.version(loaded.list.origin!.documentId, loaded.list.origin!.versionId)}
                      >
                        {text}
                      </Link>
                    ),
                    name: <bdi key="name">{loaded.list.origin.name}</bdi>,
                  }}
                />
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
              <p>{t('versions.list.empty')}</p>
            ) : (
              <>
                <ul className="version-list">
                  {loaded.list.versions.map((v) => (
                    <li key={v.id}>
                      <Link href={versionPaths.version(documentId, v.id)}>
                        <bdi>{v.name}</bdi>
                      </Link>
                      <span className="version-meta">
                        {' '}
                        <FormattedMessage
                          id="versions.list.saved"
                          values={{
                            when: <Time key="when" value={v.createdAt} show="dateTime" />,
                            name: <bdi key="name">{v.createdBy.name}</bdi>,
                          }}
                        />
                      </span>
                      {v.note && (
                        <p className="version-note" dir="auto">
                          {v.note}
                        </p>
                      )}
                      {can(loaded.document.access, 'round.manage') && (
                        <p className="version-hint">
                          <Link
                            href={`${paths.rounds(documentId)}?version=${encodeURIComponent(v.id)}`}
                            aria-label={t('versions.list.openRoundOn', { name: isolate(v.name) })}
                          >
                            {t('versions.list.openRound')}
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
                <h2>{t('versions.compare.title')}</h2>
                <ComparePicker documentId={documentId} versions={loaded.list.versions} />
              </>
            )}
          </>
        )}
      </main>
    </>
  );
}
