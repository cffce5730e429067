/**
 * "Reset the live document to this version", with a confirm step that says what it does: the
 * live text becomes the version's for everyone editing now, later changes are gone from it (the
 * versions keep them), and content Accord cannot show is removed. The way to repair a document.
 */
import { useState } from 'react';
import type { DocumentReset } from '@accord/schema';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
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
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<DocumentReset | null>(null);
  const reset = useSubmit(async () => setDone(await resetToVersion(documentId, versionId)));

  if (done) {
    return (
      <p className="version-reset-done" role="status">
        The live document now holds version “{done.version.name}” ({done.written}{' '}
        {done.written === 1 ? 'block' : 'blocks'} rewritten, {done.kept} unchanged, {done.removed} removed).{' '}
        <Link href={paths.document(documentId)}>Open the live document</Link>
      </p>
    );
  }
  if (!confirming) {
    return (
      <p>
        <button type="button" className="btn" onClick={() => setConfirming(true)}>
          Reset the live document to this version
        </button>{' '}
        <span className="version-hint">Repairs a document that no longer shows or saves correctly.</span>
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
        <strong>Reset the live document to “{versionName}”?</strong>
      </p>
      <p id="reset-what" className="version-hint">
        Everyone’s text becomes this version’s, at once, also for people editing now. Changes made since it was saved
        leave the live document (save a version first to keep them); content Accord cannot show is removed. Paragraphs
        keep their identity, so comments and statuses stay with them. The reset is recorded in the audit log.
      </p>
      <FormError problem={reset.problem} />
      <p className="form-actions">
        <button type="button" className="btn btn-danger" onClick={() => void reset.run()} disabled={reset.busy}>
          {reset.busy ? 'Resetting…' : 'Reset the live document'}
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
          Cancel
        </button>
      </p>
    </div>
  );
}
