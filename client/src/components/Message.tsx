/** Loading and error states shared by the pages. */
import type { ReactNode } from 'react';
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Problem({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="problem" role="alert">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
    </div>
  );
}
