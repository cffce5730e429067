/** The details a new person gives when accepting an invitation; the email comes from the invitation. */
import type { AcceptInvitationBody, StakeholderGroup } from '@accord/schema';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../components/Field.js';
import { emptyNewPerson, newPersonBody, type NewPersonFields } from './accept-body.js';

export interface NewPersonFormProps {
  email: string;
  groups: readonly StakeholderGroup[];
  busy: boolean;
  /** Field problems the server found, by field. */
  serverErrors: Readonly<Record<string, string>>;
  onSubmit: (body: AcceptInvitationBody) => void;
}

export function NewPersonForm({ email, groups, busy, serverErrors, onSubmit }: NewPersonFormProps) {
  const [fields, setFields] = useState<NewPersonFields>(emptyNewPerson);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof NewPersonFields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: event.target.value }));
  const error = (key: keyof NewPersonFields) => errors[key] ?? serverErrors[key];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = newPersonBody(fields);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    onSubmit(result.body);
  };

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-label="Create your account">
      <TextField
        label="Email"
        value={email}
        readOnly
        hint="From the invitation; it is how you will sign in."
        autoComplete="username"
      />
      <TextField
        label="Your name"
        value={fields.name}
        onChange={set('name')}
        autoComplete="name"
        maxLength={200}
        error={error('name')}
        hint="Shown to the others next to your edits."
      />
      <SelectField
        label="Stakeholder group"
        value={fields.stakeholderGroup}
        onChange={set('stakeholderGroup')}
        error={error('stakeholderGroup')}
      >
        <option value="" disabled>
          Choose your group…
        </option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Affiliation (optional)"
        value={fields.affiliation}
        onChange={set('affiliation')}
        autoComplete="organization"
        maxLength={200}
        error={error('affiliation')}
      />
      <TextField
        label="Country (optional)"
        value={fields.country}
        onChange={set('country')}
        autoComplete="country"
        maxLength={2}
        error={error('country')}
        hint="Two-letter code, such as KE or BR."
        className="field-narrow"
      />
      <TextField
        label="Password"
        type="password"
        value={fields.password}
        onChange={set('password')}
        autoComplete="new-password"
        error={error('password')}
        hint="At least 10 characters."
      />
      <TextField
        label="Repeat the password"
        type="password"
        value={fields.repeatPassword}
        onChange={set('repeatPassword')}
        autoComplete="new-password"
        error={error('repeatPassword')}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
        {busy ? 'Creating your account…' : 'Create account and join'}
      </button>
    </form>
  );
}
