/** Title and breadcrumbs for the consensus pages (dashboard, register), from the document record. */
import { useEffect } from 'react';
import { getDocument, getWorkspace } from '../api.js';
import type { Crumb } from '../components/AppHeader.js';
import { paths } from '../router.js';
import { useAsync } from '../useAsync.js';

export function useDocumentHeader(
  documentId: string,
  page: string,
): { crumbs: Crumb[]; workspaceId?: string; title: string; error: Error | null } {
  const record = useAsync(
    async (signal) => {
      const document = await getDocument(documentId, signal);
      const workspace = await getWorkspace(document.workspaceId, signal).catch(() => null);
      return { document, workspace };
    },
    [documentId],
  );
  const loaded = record.status === 'done' ? record.value : null;
  const title = loaded?.document.title ?? '';
  useEffect(() => {
    document.title = `${page}${title ? ` · ${title}` : ''} · Accord`;
  }, [page, title]);
  const crumbs: Crumb[] = [
    ...(loaded?.workspace ? [{ label: loaded.workspace.name, href: paths.workspace(loaded.workspace.id) }] : []),
    { label: title || 'Document', href: paths.document(documentId) },
    { label: page },
  ];
  return {
    crumbs,
    workspaceId: loaded?.document.workspaceId,
    title,
    error: record.status === 'error' ? record.error : null,
  };
}
