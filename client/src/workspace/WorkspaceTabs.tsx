/** The sections of a workspace; a section appears only when the server allows its action. */
import type { Access } from '@accord/schema';
import type { MessageKey } from '@accord/i18n';
import { can } from '../access.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';

export type WorkspaceTab = 'documents' | 'people' | 'audit';

export function WorkspaceTabs({
  workspaceId,
  access,
  current,
}: {
  workspaceId: string;
  access: Access;
  current: WorkspaceTab;
}) {
  const t = useT();
  const tabs: Array<{ id: WorkspaceTab; label: MessageKey; href: string; shown: boolean }> = [
    { id: 'documents', label: 'shell.tabs.documents', href: paths.workspace(workspaceId), shown: true },
    { id: 'people', label: 'shell.tabs.people', href: paths.people(workspaceId), shown: can(access, 'people.read') },
    { id: 'audit', label: 'shell.tabs.audit', href: paths.audit(workspaceId), shown: can(access, 'audit.read') },
  ];
  const shown = tabs.filter((t) => t.shown);
  // One section is no choice: no tab bar.
  if (shown.length < 2) return null;
  return (
    <nav className="tabs" aria-label={t('shell.tabs.label')}>
      {shown.map((tab) => (
        <Link key={tab.id} className="tab" href={tab.href} aria-current={tab.id === current ? 'page' : undefined}>
          {t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}
