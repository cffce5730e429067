/**
 * Why the editor is read-only, in the dock where the toolbar would be. After a live change
 * (the secretariat lowered this person's role while the document was open) it says so and
 * shows the server's reason, announced politely to screen readers.
 */
import type { Role } from '@accord/schema';
import { readOnlyExplanation } from '../access.js';
import { useT } from '../i18n/useT.js';

export function ReadOnlyNotice({
  role,
  changedReason,
  checking,
}: {
  role: Role | null;
  changedReason: string | null;
  checking: boolean;
}) {
  const t = useT();
  const changed = changedReason !== null;
  return (
    <div
      className={`read-only-notice${changed ? ' read-only-notice-changed' : ''}`}
      role={changed ? 'status' : undefined}
      data-read-only-notice=""
    >
      <span className="read-only-badge">{t('shell.readOnly.badge')}</span>
      <span className="read-only-text">
        {changed && <strong>{t('shell.readOnly.changed')} </strong>}
        {checking || !role ? t('shell.readOnly.noLonger') : readOnlyExplanation(role)}
        {changed && <span className="read-only-reason"> {t('shell.readOnly.reason', { reason: changedReason })}</span>}
      </span>
    </div>
  );
}
