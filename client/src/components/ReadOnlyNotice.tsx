/**
 * Why the editor is read-only, in the dock where the toolbar would be. After a live change
 * (the secretariat lowered this person's role while the document was open) it says so and
 * shows the server's reason, announced politely to screen readers.
 */
import type { Role } from '@accord/schema';
import { readOnlyExplanation } from '../access.js';

export function ReadOnlyNotice({
  role,
  changedReason,
  checking,
}: {
  role: Role | null;
  changedReason: string | null;
  checking: boolean;
}) {
  const changed = changedReason !== null;
  return (
    <div
      className={`read-only-notice${changed ? ' read-only-notice-changed' : ''}`}
      role={changed ? 'status' : undefined}
      data-read-only-notice=""
    >
      <span className="read-only-badge">Read only</span>
      <span className="read-only-text">
        {changed && <strong>Your access to this document changed. </strong>}
        {checking || !role ? 'You can no longer edit this document.' : readOnlyExplanation(role)}
        {changed && <span className="read-only-reason"> Reason given: {changedReason}.</span>}
      </span>
    </div>
  );
}
