/** The sections of a workspace; a section appears only when the server allows its action. */
import type { Access } from '@accord/schema';
import { can } from '../access.js';
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
  const tabs: Array<{ id: WorkspaceTab; label: string; href: string; shown: boolean }> = [
    { id: 'documents', label: 'Documents', href: paths.workspace(workspaceId), shown: true },
    { id: 'people', label: 'People', href: paths.people(workspaceId), shown: can(access, 'people.read') },
    { id: 'audit', label: 'Audit log', href: paths.audit(workspaceId), shown: can(access, 'audit.read') },
  ];
  const shown = tabs.filter((t) => t.shown);
  // One section is no choice: no tab bar.
  if (shown.length < 2) return null;
  return (
    <nav className="tabs" aria-label="Workspace sections">
      {shown.map((tab) => (
        <Link key={tab.id} className="tab" href={tab.href} aria-current={tab.id === current ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
