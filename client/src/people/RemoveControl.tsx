/** "Remove from workspace", confirmed in place: the question names the person, Cancel takes the focus back. */
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';

export function RemoveControl({ name, onRemove }: { name: string; onRemove: () => Promise<void> }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  // The page says why a removal failed; this control only closes its question.
  const { busy, run: remove } = useSubmit(async () => {
    try {
      await onRemove();
    } catch (error) {
      setAsking(false);
      throw error;
    }
  });
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className="btn btn-quiet btn-small btn-danger-quiet"
        onClick={() => setAsking(true)}
        aria-label={t('shell.people.removeFromWorkspace', { name })}
      >
        {t('shell.people.remove')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('shell.people.confirmRemoving', { name })}>
      <span className="confirm-text">
        <FormattedMessage id="shell.people.removeQuestion" values={{ name: <bdi>{name}</bdi> }} />
      </span>
      <button type="button" className="btn btn-danger btn-small" onClick={() => void remove()} disabled={busy}>
        {busy ? t('shell.people.removing') : t('shell.people.remove')}
      </button>
      <button
        ref={cancelRef}
        type="button"
        className="btn btn-quiet btn-small"
        onClick={() => setAsking(false)}
        disabled={busy}
      >
        {t('common.cancel')}
      </button>
    </div>
  );
}
