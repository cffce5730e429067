/**
 * The drafting room for one document: header with title, connection status and who is here;
 * the editor below. One CollabSession per mounted page (the App keys this page by document
 * id, so opening another document builds a fresh session, doc and provider).
 */
import { useCallback, useEffect, useState } from 'react';
import { collabUrl, getDocument, getWorkspace, RequestError } from '../api.js';
import { CollabSession } from '../collab/session.js';
import { useConnection } from '../collab/useConnection.js';
import { usePresence } from '../collab/usePresence.js';
import { AppHeader } from '../components/AppHeader.js';
import { ConnectionStatus } from '../components/ConnectionStatus.js';
import { Problem } from '../components/Message.js';
import { PresenceList } from '../components/PresenceList.js';
import { DocumentEditor } from '../editor/DocumentEditor.js';
import type { Identity } from '../identity.js';
import { Link, paths } from '../router.js';
import { useAsync } from '../useAsync.js';

export function DocumentPage({ documentId, identity }: { documentId: string; identity: Identity }) {
  const [session] = useState(() => new CollabSession({ serverUrl: collabUrl(), documentId }));
  // After the editor's own cleanup (which disconnects the provider) has run.
  useEffect(() => () => void setTimeout(() => session.dispose(), 0), [session]);

  const connection = useConnection(session);
  const participants = usePresence(session, connection.providerReady);
  const [numbered, setNumbered] = useState(0);
  const onNumberedCount = useCallback((n: number) => setNumbered(n), []);

  const record = useAsync(
    async (signal) => {
      const document = await getDocument(documentId, signal);
      const workspace = await getWorkspace(document.workspaceId, signal).catch(() => null);
      return { document, workspace };
    },
    [documentId],
  );

  const title = record.status === 'done' ? record.value.document.title : '';
  useEffect(() => {
    document.title = title ? `${title} · Accord` : 'Accord';
  }, [title]);

  if (record.status === 'error') {
    const missing = record.error instanceof RequestError && record.error.status === 404;
    return (
      <>
        <AppHeader />
        <main className="page">
          <Problem title={missing ? 'There is no such document' : 'Could not open this document'}>
            {missing ? 'It may have been removed, or the link is mistyped.' : record.error.message}
          </Problem>
          <p>
            <Link href={paths.workspaces()}>Back to the workspaces</Link>
          </p>
        </main>
      </>
    );
  }

  const workspace = record.status === 'done' ? record.value.workspace : null;
  const crumbs = [
    ...(workspace ? [{ label: workspace.name, href: paths.workspace(workspace.id) }] : []),
    { label: title || 'Document' },
  ];

  return (
    <div className="room">
      <AppHeader crumbs={crumbs}>
        <ConnectionStatus connection={connection} />
        <PresenceList participants={participants} />
      </AppHeader>
      {/* The document's own first heading is its title on the page; this one is for outlines and screen readers. */}
      <h1 className="visually-hidden">{title || 'Document'}</h1>
      <DocumentEditor
        session={session}
        identity={identity}
        ready={connection.everSynced}
        unavailable={connection.closedReason}
        onNumberedCount={onNumberedCount}
        toolbarEnd={
          record.status === 'done' && (
            <p className="doc-meta">
              {numbered === 1 ? '1 numbered paragraph' : `${numbered} numbered paragraphs`}
            </p>
          )
        }
      />
    </div>
  );
}
