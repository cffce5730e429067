/**
 * The server closed this document's connection for good over something this browser sent (a
 * change it refused, too much too fast, a document at its size limit). The stock client does not
 * retry such a close, so the page says what happened and offers the one way on: reload from the
 * server's copy. A refused change was also dropped from this browser's copy (session.ts), else
 * the reload would send it again.
 */
import { CloseCode } from '@accord/protocol';

/** Whether a close code is one this notice explains (sign-out and lost access have pages of their own). */
export const explainsClose = (code: number | null): code is number =>
  code !== null &&
  code >= 4400 &&
  code < 4500 &&
  code !== CloseCode.Unauthenticated &&
  code !== CloseCode.PermissionDenied &&
  code !== CloseCode.DocumentNotFound;

export function RefusedChangeNotice({ code, reason }: { code: number; reason: string | null }) {
  const refused = code === CloseCode.BadMessage;
  return (
    <div className="refused-change-notice" role="alert">
      <p>
        <strong>
          {refused
            ? 'Your last change could not be saved, and this page stopped editing.'
            : 'This page stopped editing: the server closed its connection.'}
        </strong>{' '}
        {refused
          ? 'Often this is two people changing the same words at the same moment. Reload to go on from the document as saved, then make the change again.'
          : 'Reload to go on from the document as saved.'}
      </p>
      {reason && <p className="refused-change-reason">The server said: {reason}</p>}
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        Reload the document
      </button>
    </div>
  );
}
