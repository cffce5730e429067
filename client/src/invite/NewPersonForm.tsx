/** The details a new person gives when accepting an invitation; the email comes from the invitation. */
import type { AcceptInvitationBody, StakeholderGroup } from '@accord/schema';
import { useState, type FormEvent } from 'react';
import { groupLabel } from '../people/groups.js';
import { SelectField, TextField } from '../components/Field.js';
import { useT } from '../i18n/useT.js';
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
  const t = useT();
  const names = new Map(groups.map((g) => [g.id, g.name]));
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
    <form className="invite-form" onSubmit={submit} noValidate aria-label={t('shell.newPerson.form')}>
      <TextField
        label={t('shell.field.email')}
        value={email}
        readOnly
        dir="ltr"
        hint={t('shell.newPerson.emailHint')}
        autoComplete="username"
      />
      <TextField
        label={t('shell.newPerson.name')}
        value={fields.name}
        onChange={set('name')}
        dir="auto"
        autoComplete="name"
        maxLength={200}
        error={error('name')}
        hint={t('shell.newPerson.nameHint')}
      />
      <SelectField
        label={t('shell.field.stakeholderGroup')}
        value={fields.stakeholderGroup}
        onChange={set('stakeholderGroup')}
        error={error('stakeholderGroup')}
      >
        <option value="" disabled>
          {t('shell.newPerson.chooseGroup')}
        </option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {groupLabel(t, g.id, names)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('shell.newPerson.affiliation')}
        value={fields.affiliation}
        onChange={set('affiliation')}
        dir="auto"
        autoComplete="organization"
        maxLength={200}
        error={error('affiliation')}
      />
      <TextField
        label={t('shell.newPerson.country')}
        value={fields.country}
        onChange={set('country')}
        dir="ltr"
        autoComplete="country"
        maxLength={2}
        error={error('country')}
        hint={t('shell.newPerson.countryHint')}
        className="field-narrow"
      />
      <TextField
        label={t('shell.field.password')}
        type="password"
        dir="ltr"
        value={fields.password}
        onChange={set('password')}
        autoComplete="new-password"
        error={error('password')}
        hint={t('shell.newPerson.passwordHint')}
      />
      <TextField
        label={t('shell.newPerson.repeatPassword')}
        type="password"
        dir="ltr"
        value={fields.repeatPassword}
        onChange={set('repeatPassword')}
        autoComplete="new-password"
        error={error('repeatPassword')}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
        {busy ? t('shell.newPerson.busy') : t('shell.newPerson.submit')}
      </button>
    </form>
  );
}
