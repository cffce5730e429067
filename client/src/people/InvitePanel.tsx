/**
 * Inviting someone: email and role; the server answers with a link that holds the secret,
 * shown once here with a Copy button (there is no mail server: the secretariat sends it).
 */
import { CreateInvitationBody, type CreatedInvitation, type Role } from '@accord/schema';
import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLE_SUMMARIES, ROLES } from '../access.js';
import { createInvitation } from '../api.js';
import { CopyField } from '../components/CopyField.js';
import { SelectField, TextField } from '../components/Field.js';
import { describeError, fieldErrors, zodFieldErrors } from '../errors.js';
import { dateTime } from '../time.js';

export function InvitePanel({ workspaceId }: { workspaceId: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = CreateInvitationBody.safeParse({ email, role });
    if (!checked.success) return setFields(zodFieldErrors(checked.error.issues));
    setBusy(true);
    setError(null);
    setFields({});
    try {
      setCreated(await createInvitation(workspaceId, checked.data));
      setEmail('');
    } catch (caught) {
      setError(describeError(caught));
      setFields(fieldErrors(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="panel-title">
        Invite someone
      </h2>
      {created ? (
        <div className="invitation-created" data-invitation-link={created.link}>
          <p>
            Invitation for <strong>{created.email}</strong> as {ROLE_LABELS[created.role].toLowerCase()}, valid until {dateTime(created.expiresAt)}.
          </p>
          <CopyField label="Invitation link" value={new URL(created.link, window.location.origin).href} />
          <p className="field-hint">This link is shown only once. Copy it now and send it to them yourself; anyone with the link can accept it.</p>
          <button type="button" className="btn" onClick={() => setCreated(null)}>
            Invite someone else
          </button>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="form-row">
            <TextField label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" error={fields['email']} className="grow" />
            <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} error={fields['role']} hint={ROLE_SUMMARIES[role]}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </SelectField>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Creating the link…' : 'Create invitation link'}
          </button>
        </form>
      )}
    </section>
  );
}
