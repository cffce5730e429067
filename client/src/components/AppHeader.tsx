/**
 * The calm bar across the top of every page: the Accord mark, where you are (breadcrumbs),
 * page-specific status on the right, and who you are signed in as.
 */
import type { ReactNode } from 'react';
import { useIdentity } from '../identity.js';
import { Link, paths } from '../router.js';
import { Avatar } from './Avatar.js';

export interface Crumb {
  label: string;
  href?: string;
}

export function AppHeader({ crumbs = [], children }: { crumbs?: Crumb[]; children?: ReactNode }) {
  const [identity, setIdentity] = useIdentity();
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
                {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span title={crumb.label}>{crumb.label}</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="header-end">
        {children}
        {identity && (
          <div className="me">
            <Avatar name={identity.name} color={identity.color} size="sm" label={`Signed in as ${identity.name}`} />
            <span className="me-name">{identity.name}</span>
            <button type="button" className="btn btn-quiet btn-small" onClick={() => setIdentity(null)} aria-label="Change your name and colour">
              Change
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
