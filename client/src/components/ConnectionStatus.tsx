/**
 * The connection status, always on screen: connected / connecting / reconnecting / offline,
 * with the number of changes not yet on the server and where they are meanwhile ("saved on
 * this device, not yet sent" only once they are written to this browser's storage), and a
 * short note when a reconnect delivered offline changes ("3 offline changes merged"). A refusal for good says what
 * happened (signed out, no longer allowed) rather than a bare "unavailable".
 */
import { CloseCode } from '@accord/protocol';
import { useEffect, useState } from 'react';
import type { ConnectionSnapshot } from '../collab/session.js';

const MERGE_NOTE_MS = 6000;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Where unsent changes are while the server cannot have them. */
const KEPT: Record<ConnectionSnapshot['keptOn'], string> = {
  device: 'saved on this device, not yet sent',
  writing: 'saving on this device…',
  tab: 'kept in this tab only, not yet sent',
};

export function describeConnection(
  c: ConnectionSnapshot,
  showMerge: boolean,
  readOnly = false,
): { label: string; detail: string | null } {
  const pending =
    c.unsynced > 0 ? `${plural(c.unsynced, 'unsynced change', 'unsynced changes')} ${KEPT[c.keptOn]}` : null;
  switch (c.phase) {
    case 'connected':
      return {
        label: 'Connected',
        detail:
          showMerge && c.lastMerge && c.lastMerge.count > 0
            ? `${plural(c.lastMerge.count, 'offline change', 'offline changes')} merged`
            : readOnly
              ? 'read only'
              : c.unconfirmed > 0
                ? 'sending…'
                : 'all changes saved',
      };
    case 'connecting':
      return { label: 'Connecting…', detail: pending };
    case 'reconnecting':
      return { label: 'Reconnecting…', detail: pending ?? 'nothing unsent' };
    case 'offline':
      return { label: 'Offline', detail: pending ?? 'nothing unsent' };
    case 'closed':
      if (c.closedCode === CloseCode.Unauthenticated) return { label: 'Signed out', detail: null };
      if (c.closedCode === CloseCode.PermissionDenied) return { label: 'No access', detail: null };
      return { label: 'Unavailable', detail: c.closedReason };
  }
}

export function ConnectionStatus({
  connection,
  readOnly = false,
}: {
  connection: ConnectionSnapshot;
  readOnly?: boolean;
}) {
  const merge = connection.lastMerge;
  const [showMerge, setShowMerge] = useState(false);
  useEffect(() => {
    if (!merge || merge.count === 0) return;
    setShowMerge(true);
    const timer = setTimeout(() => setShowMerge(false), Math.max(0, merge.at + MERGE_NOTE_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [merge]);

  const { label, detail } = describeConnection(connection, showMerge, readOnly);
  return (
    <div
      className={`connection connection-${connection.phase}`}
      role="status"
      aria-live="polite"
      data-phase={connection.phase}
      data-unsynced={connection.unsynced}
      data-unconfirmed={connection.unconfirmed}
      data-kept-on={connection.keptOn}
      data-read-only={readOnly || undefined}
      title={detail ? `${label} · ${detail}` : label}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{label}</span>
      {detail && <span className="connection-detail">· {detail}</span>}
    </div>
  );
}
