/**
 * The drafting room for one document: header with title, connection status and who is here;
 * the editor below. One CollabSession per mounted page (the App keys this page by document
 * and person, so opening another document builds a fresh session, doc and provider).
 *
 * Access comes from `GET /api/documents/:id` and can change while the page is open: when the
 * server sends permissionDenied (a role was lowered) the editor locks at once, then the page
 * re-reads its access to say why; when the server closes for good (4401 signed out, 4403 no
 * longer allowed) the page says that instead of "reconnecting".
 */
import { CloseCode } from '@accord/protocol';
import type { Access, Person } from '@accord/schema';
import { useCallback, useEffect, useState } from 'react';
import { can } from '../access.js';
import { collabUrl, getDocument, getWorkspace, RequestError } from '../api.js';
import { CollabSession } from '../collab/session.js';
import { useConnection } from '../collab/useConnection.js';
import { usePresence } from '../collab/usePresence.js';
import { AppHeader } from '../components/AppHeader.js';
import { CommentsPanel, CommentsPlugin, CommentsToggle, useCommentsRoom, useCommentsState } from '../comments/index.js';
import { ConnectionStatus } from '../components/ConnectionStatus.js';
import { Problem } from '../components/Message.js';
import { PresenceList } from '../components/PresenceList.js';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.js';
import { explainsClose, RefusedChangeNotice } from '../components/RefusedChangeNotice.js';
import { ParagraphPanel } from '../consensus/ParagraphPanel.js';
import { useConsensusRoom } from '../consensus/room.js';
import { useParagraphPanel } from '../consensus/useParagraphPanel.js';
import { DocumentEditor } from '../editor/DocumentEditor.js';
import { useNumbering } from '../numbering/useNumbering.js';
import { BracketPlugin } from '../editor/BracketPlugin.js';
import { StatusMarkersPlugin } from '../editor/StatusMarkersPlugin.js';
import { ChangesSinceVisitPlugin } from '../history/ChangesSinceVisitPlugin.js';
import { useT } from '../i18n/useT.js';
import { identityOf } from '../identity.js';
import { Link, paths } from '../router.js';
import { versionPaths } from '../versions/paths.js';
import { sessionStore } from '../session/useSession.js';
import { SuggestionsPlugin } from '../suggestions/SuggestionsPlugin.js';
import { useSuggestionSettings } from '../suggestions/useSuggestionSettings.js';
import { useAsync } from '../useAsync.js';
import { ClosedForGood } from './ClosedForGood.js';
import { CaretBlockPlugin } from '../compilation/CaretBlockPlugin.js';
import { CompilationDesk } from '../compilation/CompilationDesk.js';
import { SourcesPlugin } from '../compilation/SourcesPlugin.js';
import { useDesk } from '../compilation/useDesk.js';
import { useSources } from '../compilation/useSources.js';
import { SilenceBanner } from '../endorsement/SilenceBanner.js';
import { LanguageMenu } from '../languages/LanguageMenu.js';
import { OriginalBeside } from '../languages/OriginalBeside.js';
import { OtherLanguageThreads } from '../languages/OtherLanguageThreads.js';
import { TranslationBar } from '../languages/TranslationBar.js';
import { useLanguageVersion } from '../languages/useLanguageVersion.js';
import { ParagraphA11yPlugin } from '../a11y/ParagraphA11yPlugin.js';
import { ShortcutsHelp } from '../a11y/ShortcutsHelp.js';
import { useAnnounceComments, useAnnouncePresence } from '../a11y/useLiveAnnouncements.js';

/** Wait this long after a permissionDenied before re-reading access: a close frame that follows it (sign-out) wins. */
const RECHECK_DELAY_MS = 250;

export function DocumentPage({ documentId, person }: { documentId: string; person: Person }) {
  const t = useT();
  // With the person: this browser keeps their copy of the document for offline use.
  const [session] = useState(() => new CollabSession({ serverUrl: collabUrl(), documentId, personId: person.id }));
  // After the editor's own cleanup (which disconnects the provider) has run.
  useEffect(() => () => void setTimeout(() => session.dispose(), 0), [session]);
  const [identity] = useState(() => identityOf(person));

  const connection = useConnection(session);
  const participants = usePresence(session, connection.providerReady);
  const [numbered, setNumbered] = useState(0);
  const onNumberedCount = useCallback((n: number) => setNumbered(n), []);

  const record = useAsync(
    async (signal) => {
      const checkedAt = Date.now();
      const document = await getDocument(documentId, signal);
      const workspace = await getWorkspace(document.workspaceId, signal).catch(() => null);
      return { document, workspace, checkedAt };
    },
    [documentId],
  );

  // The latest access and when it was asked for; replaced after a permissionDenied.
  const [recheck, setRecheck] = useState<{ access: Access; checkedAt: number } | null>(null);
  const [lostAccess, setLostAccess] = useState(false);
  const denied = connection.denied;
  const closed = connection.phase === 'closed';
  useEffect(() => {
    if (!denied || closed) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const checkedAt = Date.now();
      try {
        const document = await getDocument(documentId, controller.signal);
        setRecheck({ access: document.access, checkedAt });
        void sessionStore.refresh(); // the header's role, the workspace list
      } catch (error) {
        if (error instanceof RequestError && (error.status === 403 || error.status === 404)) setLostAccess(true);
      }
    }, RECHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [denied, closed, documentId]);

  const loaded = record.status === 'done' ? record.value : null;
  const latest = recheck ?? (loaded ? { access: loaded.document.access, checkedAt: loaded.checkedAt } : null);
  const access = latest?.access ?? null;
  // Comments follow the same access: who may comment, resolve, or only read.
  const comments = useCommentsRoom({ documentId, person, access });
  // Suggestion cards share the comments' margin, and its judgement of whether it fits.
  const commentsView = useCommentsState(comments);
  // Paragraph statuses, positions and brackets, kept current by the consensus live channel.
  const consensus = useConsensusRoom(documentId, person, access);
  // Frozen numbering (labels "4bis"): asked again whenever the consensus channel brought news.
  const numbering = useNumbering(documentId, consensus.live.value);
  const baseline = numbering?.mode === 'frozen' ? numbering.baseline : null;
  // The paragraph panel: a column of its own beside the text, sharing the window with the comments.
  const panel = useParagraphPanel(comments);
  const panelParagraph = panel.open
    ? (consensus.live.value?.paragraphs.find((p) => p.blockId === panel.open) ?? null)
    : null;
  // The paragraph went (deleted by someone): the panel closes rather than keep an empty column.
  const gone = panel.open !== null && consensus.live.value !== null && panelParagraph === null;
  useEffect(() => {
    if (gone) panel.close();
  }, [gone, panel.close]);
  // The compilation (issue 14): sources under compiled paragraphs, refetched when the text changed; the desk beside it.
  const sources = useSources(documentId, consensus.live.value);
  const desk = useDesk(comments, panel, can(access, 'compilation.edit'));
  // Said to screen readers as it happens: others' comments, people joining and leaving.
  useAnnounceComments(comments);
  useAnnouncePresence(participants, connection.phase === 'connected');
  // A permissionDenied newer than what we know of our access locks the editor until the re-check.
  const checking = denied !== null && latest !== null && denied.at > latest.checkedAt;
  const canEdit = can(access, 'document.edit') && !checking && !closed;
  // Contributors (and members, where the document's setting says so) change the text as suggestions.
  const canSuggest = can(access, 'document.suggest') && !checking && !closed;
  // The document's rule for suggestions as it applies to this person; asked again when a paragraph's status changes.
  const statuses = consensus.live.value?.paragraphs.map((p) => p.status).join(' ') ?? '';
  const suggestionRule = useSuggestionSettings(documentId, canSuggest, `${access?.role} ${statuses}`);
  // A language version (issue 15): its original beside the text, the original's numbers in its margin.
  const translation = useLanguageVersion(documentId, loaded?.document ?? null, consensus.live.value);
  // The panel's paragraph filter, as a block: its threads in the other languages are listed under its own.
  const filtered = commentsView.filters.paragraph;
  const filteredBlock =
    filtered === null
      ? null
      : ((translation.alignment?.paragraphs ?? consensus.live.value?.paragraphs ?? []).find(
          (p) => p.number === filtered,
        )?.blockId ?? null);

  const title = loaded?.document.title ?? '';
  useEffect(() => {
    document.title = title ? t('document.pageTitle', { title }) : t('common.appName');
  }, [title, t]);

  if (record.status === 'error') {
    const error = record.error;
    const missing = error instanceof RequestError && error.status === 404;
    return (
      <>
        <AppHeader />
        <main className="page">
          <Problem title={t(missing ? 'document.missing.title' : 'document.openFailed')}>
            {missing ? t('document.missing.body') : error.message}
          </Problem>
          <p>
            <Link href={paths.workspaces()}>{t('document.backToWorkspaces')}</Link>
          </p>
        </main>
      </>
    );
  }

  const workspace = loaded?.workspace ?? null;
  const workspaceId = loaded?.document.workspaceId;
  const crumbs = [
    ...(workspace ? [{ label: workspace.name, href: paths.workspace(workspace.id) }] : []),
    { label: title || t('document.fallbackTitle') },
  ];

  if (
    lostAccess ||
    connection.closedCode === CloseCode.PermissionDenied ||
    connection.closedCode === CloseCode.Unauthenticated
  ) {
    const signedOut = connection.closedCode === CloseCode.Unauthenticated;
    return <ClosedForGood crumbs={crumbs} workspaceId={workspaceId} why={signedOut ? 'signed-out' : 'no-access'} />;
  }

  // "Your access changed" only when it did: a permissionDenied also answers a stray write of
  // someone who was read-only all along, and then the role explanation alone is right.
  const initial = loaded?.document.access ?? null;
  const changed =
    denied !== null &&
    initial !== null &&
    can(initial, 'document.edit') &&
    (checking || (recheck !== null && !can(recheck.access, 'document.edit')));
  const changedReason = changed ? denied.reason : null;
  return (
    <div className="room">
      <AppHeader crumbs={crumbs} workspaceId={workspaceId} role={access?.role}>
        <ConnectionStatus connection={connection} readOnly={access !== null && !canEdit && !canSuggest} />
        <PresenceList participants={participants} />
      </AppHeader>
      {/* The document's other views, under the header: the header keeps its room for where you are and who is here. */}
      <nav className="doc-views" aria-label={t('document.views.label')}>
        <Link href={paths.dashboard(documentId)}>{t('document.views.dashboard')}</Link>
        <Link href={paths.register(documentId)}>{t('document.views.register')}</Link>
        <Link href={versionPaths.list(documentId)}>{t('document.views.versions')}</Link>
        {(can(access, 'round.manage') || can(access, 'round.respond')) && (
          <Link href={paths.rounds(documentId)}>{t('document.views.rounds')}</Link>
        )}
        {can(access, 'compilation.edit') && (
          <button type="button" className="btn btn-small btn-quiet" aria-pressed={desk.shown} onClick={desk.toggle}>
            {t('document.views.compilationDesk')}
          </button>
        )}
        {loaded && <LanguageMenu document={loaded.document} canManage={can(access, 'translation.manage')} />}
        {loaded && <span className="doc-meta">{t('document.numberedCount', { count: numbered })}</span>}
        <ShortcutsHelp />
      </nav>
      {explainsClose(connection.closedCode) && (
        <RefusedChangeNotice code={connection.closedCode} reason={connection.closedReason} />
      )}
      <SilenceBanner documentId={documentId} access={access} />
      {translation.isVersion && loaded && (
        <TranslationBar
          documentId={documentId}
          language={loaded.document.language}
          alignment={translation.alignment}
          problem={translation.problem}
          markProblem={translation.markProblem}
          canEdit={canEdit}
          shown={translation.shown}
          onToggle={translation.toggle}
          onSynced={translation.show}
        />
      )}
      <DocumentEditor
        // The document's own first heading is its title on the page; this one is for outlines and screen readers.
        heading={<h1 className="visually-hidden">{title ? <bdi>{title}</bdi> : t('document.fallbackTitle')}</h1>}
        session={session}
        identity={identity}
        ready={connection.everSynced || connection.restored}
        // Unknown until the server answered: read-only meanwhile, nothing is written on a guess.
        canEdit={access === null ? null : canEdit}
        suggesting={{
          personId: person.id,
          role: access?.role ?? null,
          canSuggest,
          settings: suggestionRule.settings,
          settled: suggestionRule.settled,
        }}
        readOnlyNotice={
          access && <ReadOnlyNotice role={access.role} changedReason={changedReason} checking={checking} />
        }
        unavailable={connection.closedReason}
        onNumberedCount={onNumberedCount}
        numberingBaseline={baseline}
        sharedNumbers={translation.labels}
        toolbarEnd={<CommentsToggle room={comments} />}
      >
        <CommentsPlugin room={comments} doc={session.doc} baseline={baseline} shared={translation.labels} />
        <StatusMarkersPlugin room={consensus} open={panel.open} onToggle={panel.toggle} />
        <ParagraphA11yPlugin room={consensus} panelOpen={panel.open} onOpenPanel={panel.toggle} />
        <BracketPlugin room={consensus} canEdit={canEdit} />
        <ChangesSinceVisitPlugin documentId={documentId} groupName={consensus.groupName} />
        <SuggestionsPlugin
          documentId={documentId}
          canDecide={can(access, 'suggestion.decide')}
          personId={person.id}
          marginOn={commentsView.marginOn}
        />
        <SourcesPlugin sources={sources} onOpen={can(access, 'compilation.edit') ? desk.openOn : undefined} />
        {can(access, 'compilation.edit') && <CaretBlockPlugin onChange={desk.setCaret} />}
        {translation.alignment && translation.shown && (
          <OriginalBeside
            alignment={translation.alignment}
            canEdit={canEdit}
            marking={translation.marking}
            onMark={translation.mark}
          />
        )}
      </DocumentEditor>
      <CommentsPanel
        room={comments}
        extra={
          filteredBlock && (
            <OtherLanguageThreads documentId={documentId} blockId={filteredBlock} news={commentsView.threads} />
          )
        }
      />
      {panelParagraph && (
        <ParagraphPanel key={panelParagraph.blockId} room={consensus} paragraph={panelParagraph} onClose={panel.close}>
          <OtherLanguageThreads documentId={documentId} blockId={panelParagraph.blockId} news={commentsView.threads} />
        </ParagraphPanel>
      )}
      {desk.shown && (
        <CompilationDesk
          documentId={documentId}
          access={access}
          caret={desk.caret}
          sources={sources}
          divergenceOn={desk.divergenceOn}
          onClose={desk.close}
        />
      )}
    </div>
  );
}
