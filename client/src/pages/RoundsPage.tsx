/** A document's consultation rounds (coordinators): the list with their public links, and opening a new one. */
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Round } from '@accord/schema';
import { can } from '../access.js';
import { getDocument } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Notice, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { listRounds } from '../rounds/api.js';
import { OpenRoundForm } from '../rounds/OpenRoundForm.js';
import { RoundSummary } from '../rounds/RoundSummary.js';
import { useAsync } from '../useAsync.js';
import { listVersions } from '../versions/api.js';
import { versionPaths } from '../versions/paths.js';
import '../styles/rounds.css';

export function RoundsPage({ documentId }: { documentId: string }) {
  const t = useT();
  const header = useDocumentHeader(documentId, t('rounds.list.title'));
  // Rounds opened here, newest first, shown above the loaded list without reloading the page (and the form).
  const [opened, setOpened] = useState<Round[]>([]);
  const state = useAsync(
    async (signal) => {
      const document = await getDocument(documentId, signal);
      if (!can(document.access, 'round.respond')) return { document, rounds: null, versions: [], manages: false };
      const [rounds, versions] = await Promise.all([listRounds(documentId, signal), listVersions(documentId, signal)]);
      // Editors see the rounds to answer them; only coordinators open new ones.
      return {
        document,
        rounds: rounds.rounds,
        versions: versions.versions,
        manages: can(document.access, 'round.manage'),
      };
    },
    [documentId],
  );
  const loaded = state.status === 'done' ? state.value : null;
  const preselected = new URLSearchParams(window.location.search).get('version');
  const versionName = (id: string) => loaded?.versions.find((v) => v.id === id)?.name ?? null;

  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page rounds-page" aria-busy={!loaded}>
        <p className="dash-links">
          <Link href={paths.document(documentId)}>{t('rounds.link.document')}</Link>{' '}
          <Link href={versionPaths.list(documentId)}>{t('versions.list.title')}</Link>
        </p>
        <h1>{t('rounds.list.title')}</h1>
        {state.status === 'error' ? (
          <Problem title={t('rounds.list.cannotShow')}>{state.error.message}</Problem>
        ) : !loaded ? (
          <Loading />
        ) : loaded.rounds === null ? (
          <Notice title={t('rounds.list.coordinatorsOnly')}>
            <p>{t('rounds.list.askForLink')}</p>
          </Notice>
        ) : (
          <>
            {opened.length + loaded.rounds.length === 0 ? (
              <p>{t('rounds.list.empty')}</p>
            ) : (
              <ul className="round-list" aria-label={t('rounds.list.label')}>
                {[...opened, ...loaded.rounds].map((r) => (
                  <RoundSummary key={r.id} round={r} versionName={versionName(r.versionId)} />
                ))}
              </ul>
            )}
            {!loaded.manages ? null : loaded.versions.length === 0 ? (
              <p>
                <FormattedMessage
                  id="rounds.list.saveVersionFirst"
                  values={{
                    link: (text) => (
                      <Link key="link" href={versionPaths.list(documentId)}>
                        {text}
                      </Link>
                    ),
                  }}
                />
              </p>
            ) : (
              <OpenRoundForm
                documentId={documentId}
                versions={loaded.versions}
                preselected={preselected}
                onOpened={(round) => setOpened((all) => [round, ...all])}
              />
            )}
          </>
        )}
      </main>
    </>
  );
}
