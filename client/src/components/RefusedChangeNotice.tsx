/**
 * The server closed this document's connection for good over something this browser sent (a
 * change it refused, too much too fast, a document at its size limit). The stock client does not
 * retry such a close, so the page says what happened and offers the one way on: reload from the
 * server's copy. A refused change was also dropped from this browser's copy (session.ts), else
 * the reload would send it again.
 */
import { CloseCode } from '@accord/protocol';
import { useT } from '../i18n/useT.js';

/** Whether a close code is one this notice explains (sign-out and lost access have pages of their own). */
export const explainsClose = (code: number | null): code is number =>
  code !== null &&
  code >= 4400 &&
  code < 4500 &&
  code !== CloseCode.Unauthenticated &&
  code !== CloseCode.PermissionDenied &&
  code !== CloseCode.DocumentNotFound;

export function RefusedChangeNotice({ code, reason }: { code: number; reason: string | null }) {
  const t = useT();
  const refused = code === CloseCode.BadMessage;
  return (
    <div className="refused-change-notice" role="alert">
      <p>
        <strong>{refused ? t('shell.refused.title') : t('shell.refused.closedTitle')}</strong>{' '}
        {refused ? t('shell.refused.body') : t('shell.refused.closedBody')}
      </p>
      {reason && <p className="refused-change-reason">{t('shell.refused.serverSaid', { reason })}</p>}
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('shell.refused.reload')}
      </button>
    </div>
  );
}
