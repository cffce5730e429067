/**
 * Title and breadcrumbs for the document's other pages (dashboard, register, versions, rounds),
 * from the document record; `page` is the page's name in the page's language.
 */
import { useEffect } from 'react';
import { getDocument, getWorkspace } from '../api.js';
import type { Crumb } from '../components/AppHeader.js';
import { paths } from '../router.js';
import { useT } from '../i18n/useT.js';
import { useAsync } from '../useAsync.js';

export function useDocumentHeader(
  documentId: string,
  page: string,
): { crumbs: Crumb[]; workspaceId?: string; title: string; error: Error | null } {
  const t = useT();
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
    document.title = title ? t('document.pageTitleOf', { page, title }) : t('document.pageTitle', { title: page });
  }, [page, title, t]);
  const crumbs: Crumb[] = [
    ...(loaded?.workspace ? [{ label: loaded.workspace.name, href: paths.workspace(loaded.workspace.id) }] : []),
    { label: title || t('document.fallbackTitle'), href: paths.document(documentId) },
    { label: page },
  ];
  return {
    crumbs,
    workspaceId: loaded?.document.workspaceId,
    title,
    error: record.status === 'error' ? record.error : null,
  };
}
