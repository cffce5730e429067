/**
 * The calm bar across the top of every page: the Accord mark, where you are (breadcrumbs),
 * page-specific status on the right, and who you are signed in as — with your role in the
 * current workspace — and the way to sign out.
 */
import type { Role } from '@accord/schema';
import type { ReactNode } from 'react';
import { ROLE_LABELS } from '../access.js';
import { describeError } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { identityOf } from '../identity.js';
import { Link, paths } from '../router.js';
import { sessionStore, useSession } from '../session/useSession.js';
import { Avatar } from './Avatar.js';
import { FormError } from './FormError.js';

export interface Crumb {
  label: string;
  href?: string;
}

export interface AppHeaderProps {
  crumbs?: Crumb[];
  /** The workspace the page is in, to show the person's role there. */
  workspaceId?: string;
  /** The role to show when the page knows it better than the session (it just changed). */
  role?: Role | null;
  children?: ReactNode;
}

export function AppHeader({ crumbs = [], workspaceId, role, children }: AppHeaderProps) {
  const state = useSession();
  const session = state.status === 'signed-in' ? state.session : null;
  const shownRole = role ?? (workspaceId ? sessionStore.roleIn(workspaceId) : null);
  const signOut = useSubmit(() => sessionStore.signOut(), {
    describe: (error) => `Could not sign out: ${describeError(error)}`,
  });

  return (
    <header className="app-header">
      <Link className="brand" href={paths.workspaces()} aria-label="Accord, all workspaces">
        <span className="brand-mark" aria-hidden="true">
          §
        </span>
        <span className="brand-name">Accord</span>
      </Link>
      {crumbs.length > 0 && (
        <nav className="crumbs" aria-label="Breadcrumbs">
          <ol>
            {crumbs.map((crumb, i) => (
              <li key={i} aria-current={i === crumbs.length - 1 ? 'page' : undefined}>
                {crumb.href ? (
                  <Link href={crumb.href}>{crumb.label}</Link>
                ) : (
                  <span title={crumb.label}>{crumb.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="header-end">
        {children}
        {session && (
          <div className="me" data-person={session.person.name} data-role={shownRole ?? undefined}>
            <Avatar
              name={session.person.name}
              color={identityOf(session.person).color}
              size="sm"
              label={`Signed in as ${session.person.name}${shownRole ? `, ${ROLE_LABELS[shownRole]}` : ''}`}
            />
            <span className="me-text">
              <span className="me-name">{session.person.name}</span>
              {shownRole && <span className="me-role">{ROLE_LABELS[shownRole]}</span>}
            </span>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              disabled={signOut.busy}
              onClick={() => void signOut.run()}
            >
              Sign out
            </button>
            <FormError problem={signOut.problem} inline />
          </div>
        )}
      </div>
    </header>
  );
}
