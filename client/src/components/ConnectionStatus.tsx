/**
 * The connection status, always on screen: connected / connecting / reconnecting / offline,
 * with the number of changes not yet on the server and where they are meanwhile ("saved on
 * this device, not yet sent" only once they are written to this browser's storage), and a
 * short note when a reconnect delivered offline changes ("3 offline changes merged"). A refusal for good says what
 * happened (signed out, no longer allowed) rather than a bare "unavailable".
 */
import type { MessageKey } from '@accord/i18n';
import { CloseCode } from '@accord/protocol';
import { useEffect, useState } from 'react';
import type { ConnectionSnapshot } from '../collab/session.js';
import { translate } from '../i18n/current.js';
import { useT } from '../i18n/useT.js';

const MERGE_NOTE_MS = 6000;

/** Unsent changes and where they are while the server cannot have them, one sentence per place. */
const PENDING: Record<ConnectionSnapshot['keptOn'], MessageKey> = {
  device: 'shell.connection.pendingDevice',
  writing: 'shell.connection.pendingWriting',
  tab: 'shell.connection.pendingTab',
};

/** The status's words in the page's language: a short label, and a detail when there is one. */
export function describeConnection(
  c: ConnectionSnapshot,
  showMerge: boolean,
  readOnly = false,
): { label: string; detail: string | null } {
  const pending = c.unsynced > 0 ? translate(PENDING[c.keptOn], { count: c.unsynced }) : null;
  switch (c.phase) {
    case 'connected':
      return {
        label: translate('shell.connection.connected'),
        detail:
          showMerge && c.lastMerge && c.lastMerge.count > 0
            ? translate('shell.connection.merged', { count: c.lastMerge.count })
            : readOnly
              ? translate('shell.connection.readOnly')
              : c.unconfirmed > 0
                ? translate('shell.connection.sending')
                : translate('shell.connection.allSaved'),
      };
    case 'connecting':
      return { label: translate('shell.connection.connecting'), detail: pending };
    case 'reconnecting':
      return {
        label: translate('shell.connection.reconnecting'),
        detail: pending ?? translate('shell.connection.nothingUnsent'),
      };
    case 'offline':
      return {
        label: translate('shell.connection.offline'),
        detail: pending ?? translate('shell.connection.nothingUnsent'),
      };
    case 'closed':
      if (c.closedCode === CloseCode.Unauthenticated)
        return { label: translate('shell.connection.signedOut'), detail: null };
      if (c.closedCode === CloseCode.PermissionDenied)
        return { label: translate('shell.connection.noAccess'), detail: null };
      return { label: translate('shell.connection.unavailable'), detail: c.closedReason };
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
  const t = useT();
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
      title={detail ? t('shell.connection.title', { label, detail }) : label}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{label}</span>
      {detail && <span className="connection-detail">{t('shell.connection.detail', { detail })}</span>}
    </div>
  );
}
