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
import { useIntl } from 'react-intl';
import { Choices, type Choice } from '../components/Choices.js';
import { SelectField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { registerParticipant } from './api.js';
import { groupName } from '../people/groups.js';
import { countryOptions } from './countries.js';
import { refusalMessage } from './refusal.js';

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
  const t = useT();
  const { locale } = useIntl();
  // Named and sorted in the page's language: a French page lists "Allemagne" under A.
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const showChoices: ReadonlyArray<Choice<ShowOnly>> = [
    { value: 'name-and-group', label: t('rounds.register.showAll') },
    { value: 'group-only', label: t('rounds.register.showGroup') },
  ];
  const listed = round.participation === 'listed-organisations';
  const organisationsId = useId();

  const submit = async () => {
    const local = {
      ...zodCheck({ name, email, stakeholderGroup: group, country, affiliation, showOnly }),
      ...(group ? {} : { stakeholderGroup: t('rounds.register.chooseGroupError') }),
      ...(country ? {} : { country: t('rounds.register.chooseCountryError') }),
      ...(listed && !affiliation.trim() ? { affiliation: t('rounds.register.affiliationError') } : {}),
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
        {t('rounds.register.title')}
      </h2>
      <p className="consult-lead">{t('rounds.register.lead')}</p>
      {listed && (
        <div className="consult-listed">
          <p id={organisationsId}>{t('rounds.register.listed')}</p>
          <ul>
            {(round.organisations ?? []).map((o) => (
              <li key={o}>
                <bdi>{o}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      <TextField
        label={t('rounds.register.name')}
        autoComplete="name"
        dir="auto"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        required
      />
      <TextField
        label={t('rounds.register.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        hint={t('rounds.register.emailHint')}
        error={errors.email}
        required
      />
      <SelectField
        label={t('rounds.register.group')}
        value={group}
        onChange={(e) => setGroup(e.target.value)}
        error={errors.stakeholderGroup}
        required
      >
        <option value="">{t('rounds.register.chooseGroup')}</option>
        {defaultStakeholderGroups.map((g) => (
          <option key={g.id} value={g.id}>
            {groupName(g.id, t)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('rounds.register.country')}
        autoComplete="country"
        value={country}
        onChange={(e) => setCountry(e.target.value)}
        error={errors.country}
        required
      >
        <option value="">{t('rounds.register.chooseCountry')}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={listed ? t('rounds.register.affiliationListed') : t('rounds.register.affiliation')}
        autoComplete="organization"
        dir="auto"
        value={affiliation}
        onChange={(e) => setAffiliation(e.target.value)}
        list={listed ? `${organisationsId}-list` : undefined}
        hint={listed ? t('rounds.register.affiliationHint') : undefined}
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
        legend={t('rounds.register.appear')}
        name="showOnly"
        options={showChoices}
        value={showOnly}
        onChange={setShowOnly}
        className="consult-choice"
      />
      <FormError problem={problem} />
      <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
        {busy ? t('rounds.register.registering') : t('rounds.register.submit')}
      </button>
    </form>
  );
}

/** The schema's own checks, before anything is sent. */
function zodCheck(body: Record<string, string>): Record<string, string> {
  const parsed = RegisterParticipantBody.safeParse(body);
  return parsed.success ? {} : zodFieldErrors(parsed.error.issues);
}
