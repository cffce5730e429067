/** Loading, error and notice states shared by the pages. */
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

/** "Loading…", or `label` when the page can say better what it waits for. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

export function Problem({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="problem" role="alert">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
    </div>
  );
}

/**
 * A calm note that is not an error: why something is read-only, that a session ended.
 * `live` announces it when it appears after the page loaded (a role changed meanwhile).
 */
export function Notice({
  title,
  children,
  live = false,
  className,
}: {
  title?: ReactNode;
  children?: ReactNode;
  live?: boolean;
  className?: string;
}) {
  return (
    <div className={`notice${className ? ` ${className}` : ''}`} role={live ? 'status' : undefined}>
      {title && <p className="notice-title">{title}</p>}
      {children && <div className="notice-body">{children}</div>}
    </div>
  );
}
