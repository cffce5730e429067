/**
 * "Reset the live document to this version", with a confirm step that says what it does: the
 * live text becomes the version's for everyone editing now, later changes are gone from it (the
 * versions keep them), and content Accord cannot show is removed. The way to repair a document.
 */
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { DocumentReset } from '@accord/schema';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { resetToVersion } from './api.js';

export function ResetToVersion({
  documentId,
  versionId,
  versionName,
}: {
  documentId: string;
  versionId: string;
  versionName: string;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<DocumentReset | null>(null);
  const reset = useSubmit(async () => setDone(await resetToVersion(documentId, versionId)));

  if (done) {
    return (
      <p className="version-reset-done" role="status">
        <FormattedMessage
          id="versions.reset.done"
          values={{
            name: <bdi key="name">{done.version.name}</bdi>,
            written: done.written,
            kept: done.kept,
            removed: done.removed,
          }}
        />{' '}
        <Link href={paths.document(documentId)}>{t('versions.link.live')}</Link>
      </p>
    );
  }
  if (!confirming) {
    return (
      <p>
        <button type="button" className="btn" onClick={() => setConfirming(true)}>
          {t('versions.reset.start')}
        </button>{' '}
        <span className="version-hint">{t('versions.reset.why')}</span>
      </p>
    );
  }
  return (
    <div
      className="version-reset-confirm"
      role="alertdialog"
      aria-labelledby="reset-title"
      aria-describedby="reset-what"
    >
      <p id="reset-title">
        <strong>
          <FormattedMessage id="versions.reset.confirm" values={{ name: <bdi key="name">{versionName}</bdi> }} />
        </strong>
      </p>
      <p id="reset-what" className="version-hint">
        {t('versions.reset.what')}
      </p>
      <FormError problem={reset.problem} />
      <p className="form-actions">
        <button type="button" className="btn btn-danger" onClick={() => void reset.run()} disabled={reset.busy}>
          {reset.busy ? t('versions.reset.resetting') : t('versions.reset.submit')}
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => {
            reset.clear();
            setConfirming(false);
          }}
          disabled={reset.busy}
        >
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
