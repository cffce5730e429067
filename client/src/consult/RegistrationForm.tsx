/**
 * Registering for a round: who you are, your stakeholder group and country, and how you want to
 * appear beside your comments. The server answers with an HttpOnly cookie that identifies this
 * browser from then on, and mails a confirmation link; the page only learns who registered
 * (the answer is the same whether or not the email registered before).
 */
import {
  defaultStakeholderGroups,
  RegisterParticipantBody,
  type PublicParticipant,
  type Round,
  type ShowOnly,
} from '@accord/schema';
import { useId, useMemo, useState } from 'react';
import { Choices, type Choice } from '../components/Choices.js';
import { SelectField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { registerParticipant } from './api.js';
import { countryOptions } from './countries.js';
import { refusalMessage } from './refusal.js';

const SHOW_CHOICES: ReadonlyArray<Choice<ShowOnly>> = [
  { value: 'name-and-group', label: 'Show my name, group and country with my comments' },
  { value: 'group-only', label: 'Show only my stakeholder group' },
];

export function RegistrationForm({
  round,
  onRegistered,
}: {
  round: Round;
  onRegistered: (participant: PublicParticipant) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [group, setGroup] = useState('');
  const [country, setCountry] = useState('');
  const [affiliation, setAffiliation] = useState('');
  const [showOnly, setShowOnly] = useState<ShowOnly>('name-and-group');
  const countries = useMemo(() => countryOptions(), []);
  const listed = round.participation === 'listed-organisations';
  const organisationsId = useId();

  const submit = async () => {
    const local = {
      ...zodCheck({ name, email, stakeholderGroup: group, country, affiliation, showOnly }),
      ...(group ? {} : { stakeholderGroup: 'choose your stakeholder group' }),
      ...(country ? {} : { country: 'choose your country' }),
      ...(listed && !affiliation.trim() ? { affiliation: 'give the organisation you take part for' } : {}),
    };
    if (Object.keys(local).length > 0) {
      fail(null, local);
      return;
    }
    const registered = await registerParticipant(round.id, {
      name,
      email,
      stakeholderGroup: group,
      country,
      affiliation,
      showOnly,
    });
    onRegistered({
      participantId: registered.participantId,
      name: name.trim(),
      showOnly,
      reactions: {},
      confirmed: false,
    });
  };
  // A refusal about one field shows beside it; any other gets the consultation's own sentence.
  const { busy, problem, fields: errors, fail, onSubmit } = useSubmit(submit, { describe: refusalMessage });

  return (
    <form className="consult-register" onSubmit={onSubmit} noValidate aria-labelledby="consult-register-title">
      <h2 id="consult-register-title" className="consult-section-title">
        Take part
      </h2>
      <p className="consult-lead">
        Register to agree or disagree with paragraphs and to comment. No account is needed: we mail you a link to
        confirm your email.
      </p>
      {listed && (
        <div className="consult-listed">
          <p id={organisationsId}>
            Only people from these organisations may take part in this consultation. Give one of them as your
            affiliation:
          </p>
          <ul>
            {(round.organisations ?? []).map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </div>
      )}
      <TextField
        label="Name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        required
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        hint="We send a link to confirm it; your comments count once you open it. It is never shown."
        error={errors.email}
        required
      />
      <SelectField
        label="Stakeholder group"
        value={group}
        onChange={(e) => setGroup(e.target.value)}
        error={errors.stakeholderGroup}
        required
      >
        <option value="">Choose your group…</option>
        {defaultStakeholderGroups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Country"
        autoComplete="country"
        value={country}
        onChange={(e) => setCountry(e.target.value)}
        error={errors.country}
        required
      >
        <option value="">Choose your country…</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={listed ? 'Affiliation (one of the organisations listed above)' : 'Affiliation (optional)'}
        autoComplete="organization"
        value={affiliation}
        onChange={(e) => setAffiliation(e.target.value)}
        list={listed ? `${organisationsId}-list` : undefined}
        hint={listed ? 'Only the organisations listed above may take part.' : undefined}
        error={errors.affiliation}
        required={listed}
      />
      {listed && (
        <datalist id={`${organisationsId}-list`}>
          {(round.organisations ?? []).map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
      <Choices
        legend="How you appear with your comments"
        name="showOnly"
        options={SHOW_CHOICES}
        value={showOnly}
        onChange={setShowOnly}
        className="consult-choice"
      />
      <FormError problem={problem} />
      <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
        {busy ? 'Registering…' : 'Register'}
      </button>
    </form>
  );
}

/** The schema's own checks, before anything is sent. */
function zodCheck(body: Record<string, string>): Record<string, string> {
  const parsed = RegisterParticipantBody.safeParse(body);
  return parsed.success ? {} : zodFieldErrors(parsed.error.issues);
}
