/**
 * Opening a consultation round on a saved version. Times are typed in the coordinator's own
 * zone, named beside each field with the date read back in the locale's words, and sent as UTC;
 * by default the round opens now and closes in 30 days. The server's field problems show
 * beside their field, and a refusal such as a clash with another round is shown as it wrote it.
 */
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Moderation, Participation, Round, Version } from '@accord/schema';
import { Choices, type Choice } from '../components/Choices.js';
import { SelectField, TextAreaField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { viewerZone } from '../time-zones.js';
import { openRound } from './api.js';
import { defaultRoundWindow, localInputToUtc } from './datetime.js';
import { organisationsFromText } from './labels.js';
import { TimeInputHint } from './TimeInputHint.js';

export function OpenRoundForm({
  documentId,
  versions,
  preselected,
  onOpened,
}: {
  documentId: string;
  versions: readonly Version[];
  preselected: string | null;
  onOpened: (round: Round) => void;
}) {
  const t = useT();
  const zone = viewerZone();
  const participationChoices: ReadonlyArray<Choice<Participation>> = [
    { value: 'anyone', label: t('rounds.open.anyone') },
    { value: 'listed-organisations', label: t('rounds.open.listed') },
  ];
  const moderationChoices: ReadonlyArray<Choice<Moderation>> = [
    { value: 'immediate', label: t('rounds.open.immediate') },
    { value: 'after-moderation', label: t('rounds.open.afterModeration') },
  ];
  const [versionId, setVersionId] = useState(
    versions.some((v) => v.id === preselected) ? preselected! : (versions[0]?.id ?? ''),
  );
  const [title, setTitle] = useState('');
  const [introduction, setIntroduction] = useState('');
  const [initial] = useState(() => defaultRoundWindow(Date.now(), zone));
  const [opens, setOpens] = useState(initial.opens);
  const [closes, setCloses] = useState(initial.closes);
  const [participation, setParticipation] = useState<Participation>('anyone');
  const [organisations, setOrganisations] = useState('');
  const [moderation, setModeration] = useState<Moderation>('immediate');
  const [done, setDone] = useState<Round | null>(null);

  const form = useSubmit(
    async () => {
      setDone(null);
      const listed = participation === 'listed-organisations';
      const round = await openRound(documentId, {
        versionId,
        title,
        introduction,
        // An unreadable time goes as typed, so the server names the field.
        opensAt: localInputToUtc(opens, zone) ?? opens,
        closesAt: localInputToUtc(closes, zone) ?? closes,
        participation,
        ...(listed ? { organisations: organisationsFromText(organisations) } : {}),
        moderation,
      });
      setTitle('');
      setIntroduction('');
      setDone(round);
      onOpened(round);
    },
    { shownFields: ['versionId', 'title', 'introduction', 'opensAt', 'closesAt', 'organisations'] },
  );
  const { fields } = form;

  return (
    <form className="round-form" onSubmit={form.onSubmit} aria-labelledby="open-round-heading">
      <h2 id="open-round-heading">{t('rounds.open.title')}</h2>
      <SelectField
        label={t('rounds.open.version')}
        value={versionId}
        onChange={(e) => setVersionId(e.target.value)}
        error={fields.versionId}
        required
      >
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('rounds.open.roundTitle')}
        dir="auto"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fields.title}
        required
        maxLength={200}
      />
      <TextAreaField
        className="round-textarea"
        label={t('rounds.open.introduction')}
        dir="auto"
        value={introduction}
        onChange={(e) => setIntroduction(e.target.value)}
        error={fields.introduction}
        rows={4}
        maxLength={20000}
      />
      <div className="round-form-times">
        <TextField
          label={t('rounds.times.opens')}
          type="datetime-local"
          value={opens}
          onChange={(e) => setOpens(e.target.value)}
          hint={<TimeInputHint value={opens} timeZone={zone} />}
          error={fields.opensAt}
          required
        />
        <TextField
          label={t('rounds.times.closes')}
          type="datetime-local"
          value={closes}
          onChange={(e) => setCloses(e.target.value)}
          hint={<TimeInputHint value={closes} timeZone={zone} />}
          error={fields.closesAt}
          required
        />
      </div>
      <Choices
        legend={t('rounds.open.participation')}
        name="participation"
        options={participationChoices}
        value={participation}
        onChange={setParticipation}
      />
      {participation === 'listed-organisations' && (
        <TextAreaField
          className="round-textarea"
          label={t('rounds.open.organisations')}
          hint={t('rounds.open.organisationsHint')}
          dir="auto"
          value={organisations}
          onChange={(e) => setOrganisations(e.target.value)}
          error={fields.organisations}
          rows={4}
        />
      )}
      <Choices
        legend={t('rounds.open.moderation')}
        name="moderation"
        options={moderationChoices}
        value={moderation}
        onChange={setModeration}
      />
      <FormError problem={form.problem} />
      <p className="round-meta" role="status">
        {done && (
          <FormattedMessage
            id="rounds.open.done"
            values={{ title: <bdi key="title">{done.title}</bdi>, state: done.state }}
          />
        )}
      </p>
      <button type="submit" className="btn btn-primary" disabled={form.busy || versionId === ''}>
        {form.busy ? t('rounds.open.opening') : t('rounds.open.submit')}
      </button>
    </form>
  );
}
