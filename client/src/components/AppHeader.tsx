/**
 * The calm bar across the top of every page: the Accord mark, where you are (breadcrumbs),
 * page-specific status on the right, and who you are signed in as — with your role in the
 * current workspace — the language switcher and the way to sign out. Crumbs are often titles
 * people wrote, so each is isolated (`<bdi>`): an Arabic title keeps its order in an English bar.
 */
import type { Role } from '@accord/schema';
import type { ReactNode } from 'react';
import { ROLE_LABELS } from '../access.js';
import { describeError } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { useT } from '../i18n/useT.js';
import { identityOf } from '../identity.js';
import { Link, paths } from '../router.js';
import { sessionStore, useSession } from '../session/useSession.js';
import { Avatar } from './Avatar.js';
import { FormError } from './FormError.js';

export interface Crumb {
  /** Shown as written (a title, a name) or already translated by the page. */
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
  const t = useT();
  const state = useSession();
  const session = state.status === 'signed-in' ? state.session : null;
  const shownRole = role ?? (workspaceId ? sessionStore.roleIn(workspaceId) : null);
  const signOut = useSubmit(() => sessionStore.signOut(), {
    describe: (error) => t('shell.header.signOutFailed', { reason: describeError(error) }),
  });

  return (
    <header className="app-header">
      <Link className="brand" href={paths.workspaces()} aria-label={t('shell.header.brand')}>
        <span className="brand-mark" aria-hidden="true">
          §
        </span>
        <span className="brand-name">{t('common.appName')}</span>
      </Link>
      {crumbs.length > 0 && (
        <nav className="crumbs" aria-label={t('shell.header.breadcrumbs')}>
          <ol>
            {crumbs.map((crumb, i) => (
              <li key={i} aria-current={i === crumbs.length - 1 ? 'page' : undefined}>
                {crumb.href ? (
                  <Link href={crumb.href}>
                    <bdi>{crumb.label}</bdi>
                  </Link>
                ) : (
                  <bdi title={crumb.label}>{crumb.label}</bdi>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="header-end">
        {children}
        <LanguageSwitcher />
        {session && (
          <div className="me" data-person={session.person.name} data-role={shownRole ?? undefined}>
            <Avatar
              name={session.person.name}
              color={identityOf(session.person).color}
              size="sm"
              label={
                shownRole
                  ? t('shell.header.signedInAsWithRole', { name: session.person.name, role: t(ROLE_LABELS[shownRole]) })
                  : t('shell.header.signedInAs', { name: session.person.name })
              }
            />
            <span className="me-text">
              <bdi className="me-name">{session.person.name}</bdi>
              {shownRole && <span className="me-role">{t(ROLE_LABELS[shownRole])}</span>}
            </span>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              disabled={signOut.busy}
              onClick={() => void signOut.run()}
            >
              {t('shell.header.signOut')}
            </button>
            <FormError problem={signOut.problem} inline />
          </div>
        )}
      </div>
    </header>
  );
}
