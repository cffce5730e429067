/**
 * The page's one polite live region, mounted once beside the app (main.tsx) so it is in the
 * page before anything is said into it: screen readers only announce changes to a region they
 * already know. What it says comes from {@link announcer}.
 */
import { useSyncExternalStore } from 'react';
import { announcer } from './announcer.js';

export function LiveAnnouncer() {
  const spoken = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, announcer.getSnapshot);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-live-announcer="">
      {spoken.lines.map((line) => (
        // Keyed by the announcement (its lines differ): the same words said again are new nodes, and said again.
        <p key={`${spoken.id}:${line}`}>{line}</p>
      ))}
    </div>
  );
}
