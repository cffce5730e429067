/**
 * Opening a consultation round on a saved version. Times are typed in the coordinator's own
 * zone, named beside each field with the date read back in the locale's words, and sent as UTC;
 * by default the round opens now and closes in 30 days. The server's field problems show
 * beside their field, and a refusal such as a clash with another round is shown as it wrote it.
 */
import { useState } from 'react';
import type { Moderation, Participation, Round, Version } from '@accord/schema';
import { Choices } from '../components/Choices.js';
import { SelectField, TextAreaField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { viewerZone } from '../time-zones.js';
import { openRound } from './api.js';
import { defaultRoundWindow, describeLocalInput, localInputToUtc, zoneLabel } from './datetime.js';
import { organisationsFromText } from './labels.js';

const PARTICIPATION = [
  { value: 'anyone', label: 'Anyone who registers' },
  { value: 'listed-organisations', label: 'Only listed organisations' },
] as const;
const MODERATION = [
  { value: 'immediate', label: 'Publish comments immediately' },
  { value: 'after-moderation', label: 'Publish comments after moderation' },
] as const;

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
  const zone = viewerZone();
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
  const timeHint = (value: string) => {
    const at = Date.parse(localInputToUtc(value, zone) ?? '');
    const zoneName = zoneLabel(zone, Number.isNaN(at) ? Date.now() : at);
    const words = describeLocalInput(value, zone);
    return words ? `${words} · ${zoneName}` : zoneName;
  };

  return (
    <form className="round-form" onSubmit={form.onSubmit} aria-labelledby="open-round-heading">
      <h2 id="open-round-heading">Open a consultation round</h2>
      <SelectField
        label="Version"
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
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fields.title}
        required
        maxLength={200}
      />
      <TextAreaField
        className="round-textarea"
        label="Introduction"
        value={introduction}
        onChange={(e) => setIntroduction(e.target.value)}
        error={fields.introduction}
        rows={4}
        maxLength={20000}
      />
      <div className="round-form-times">
        <TextField
          label="Opens"
          type="datetime-local"
          value={opens}
          onChange={(e) => setOpens(e.target.value)}
          hint={timeHint(opens)}
          error={fields.opensAt}
          required
        />
        <TextField
          label="Closes"
          type="datetime-local"
          value={closes}
          onChange={(e) => setCloses(e.target.value)}
          hint={timeHint(closes)}
          error={fields.closesAt}
          required
        />
      </div>
      <Choices
        legend="Participation"
        name="participation"
        options={PARTICIPATION}
        value={participation}
        onChange={setParticipation}
      />
      {participation === 'listed-organisations' && (
        <TextAreaField
          className="round-textarea"
          label="Organisations"
          hint="One organisation per line."
          value={organisations}
          onChange={(e) => setOrganisations(e.target.value)}
          error={fields.organisations}
          rows={4}
        />
      )}
      <Choices legend="Moderation" name="moderation" options={MODERATION} value={moderation} onChange={setModeration} />
      <FormError problem={form.problem} />
      <p className="round-meta" role="status">
        {done ? `“${done.title}” is ${done.state}: it is listed above with its public page.` : ''}
      </p>
      <button type="submit" className="btn btn-primary" disabled={form.busy || versionId === ''}>
        {form.busy ? 'Opening…' : 'Open the round'}
      </button>
    </form>
  );
}
