/**
 * One consultation round for the group: its overview, moderation (coordinators), processing
 * once closed (editors), the report and the revised version. Editors without `round.manage`
 * load the round from the processing view, which carries it.
 */
import { useEffect, useState } from 'react';
import type { Round } from '@accord/schema';
import { can } from '../access.js';
import { getDocument, RequestError } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useT } from '../i18n/useT.js';
import { RoundLanguages } from '../languages/RoundLanguages.js';
import { Link, paths } from '../router.js';
import { getProcessing, listRounds } from '../rounds/api.js';
import { ModerationPanel } from '../rounds/ModerationPanel.js';
import { ProcessingPanel } from '../rounds/ProcessingPanel.js';
import { ReportLinks } from '../rounds/ReportLinks.js';
import { RoundOverview } from '../rounds/RoundOverview.js';
import { useAsync } from '../useAsync.js';
import '../styles/rounds.css';

export function RoundPage({ documentId, roundId }: { documentId: string; roundId: string }) {
  const t = useT();
  const header = useDocumentHeader(documentId, t('rounds.round.title'));
  const [reload, setReload] = useState(0);
  const state = useAsync(
    async (signal) => {
      const { access } = await getDocument(documentId, signal);
      const manage = can(access, 'round.manage');
      const respond = can(access, 'round.respond');
      const processing = respond ? await getProcessing(roundId, signal) : null;
      const round =
        processing?.round ??
        (manage ? ((await listRounds(documentId, signal)).rounds.find((r) => r.id === roundId) ?? null) : null);
      return { manage, respond, round, processing };
    },
    [documentId, roundId, reload],
  );
  const loaded = state.status === 'done' ? state.value : null;
  const [round, setRound] = useState<Round | null>(null);
  useEffect(() => setRound(loaded?.round ?? null), [loaded]);
  useEffect(() => {
    if (round) document.title = `${round.title} · Accord`;
  }, [round]);

  // Closing the round makes processing possible: load it afresh.
  const onChanged = (next: Round) => {
    setRound(next);
    if (next.state === 'closed' && loaded?.round?.state !== 'closed') setReload((n) => n + 1);
  };

  const missing = state.status === 'error' && state.error instanceof RequestError && state.error.status === 404;
  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page rounds-page" aria-busy={!loaded}>
        <p className="dash-links">
          <Link href={paths.document(documentId)}>{t('rounds.link.document')}</Link>{' '}
          {loaded?.respond && <Link href={paths.rounds(documentId)}>{t('rounds.link.allRounds')}</Link>}
        </p>
        {state.status === 'error' ? (
          <Problem title={missing ? t('rounds.round.missing') : t('rounds.round.cannotShow')}>
            {state.error.message}
          </Problem>
        ) : !loaded || (loaded.round && !round) ? (
          <Loading />
        ) : !round ? (
          <>
            <Problem title={loaded.manage ? t('rounds.round.missing') : t('rounds.round.editorsOnly')}>
              {loaded.manage ? t('rounds.round.otherDocument') : t('rounds.round.readPublic')}
            </Problem>
            {!loaded.manage && (
              <p>
                <Link href={paths.consult(roundId)}>{t('rounds.round.openPublic')}</Link>
              </p>
            )}
          </>
        ) : (
          <>
            <h1>
              <bdi>{round.title}</bdi>
            </h1>
            <RoundOverview round={round} canManage={loaded.manage} onChanged={onChanged} />
            <RoundLanguages round={round} documentId={documentId} canManage={loaded.manage} />
            {round.state === 'closed' && loaded.respond && loaded.processing ? (
              // After the close the work is answering comments: processing comes first, moderation stays below.
              <>
                <ProcessingPanel initial={loaded.processing} canManage={loaded.manage} />
                <ReportLinks roundId={roundId} />
                {loaded.manage && <ModerationPanel roundId={roundId} />}
              </>
            ) : (
              <>
                {loaded.manage && <ModerationPanel roundId={roundId} />}
                {loaded.respond && (
                  <section className="round-section" aria-labelledby="round-processing">
                    <h2 id="round-processing">{t('rounds.processing.title')}</h2>
                    <p>{t('rounds.processing.notYet')}</p>
                  </section>
                )}
                {loaded.respond && <ReportLinks roundId={roundId} />}
              </>
            )}
          </>
        )}
      </main>
    </>
  );
}
