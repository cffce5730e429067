/**
 * A call for contributions on the compilation (coordinators): title, introduction, pillars
 * (one per line, "Title: question"), when it opens and closes — typed in the viewer's own zone,
 * named beside each field, sent as UTC — and who may contribute.
 */
import type { Call, CallParticipation } from '@accord/schema';
import { useState } from 'react';
import { Choices } from '../components/Choices.js';
import { TextAreaField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { defaultRoundWindow, describeLocalInput, localInputToUtc, zoneLabel } from '../rounds/datetime.js';
import { organisationsFromText } from '../rounds/labels.js';
import { viewerZone } from '../time-zones.js';
import { createCall } from './api.js';

const PARTICIPATION = [
  { value: 'public', label: 'Anyone who confirms an email address' },
  { value: 'invited', label: 'The workspace and invited organisations' },
] as const;

/** "Access: How do we connect the next billion?" → a pillar; a line without a colon is a title alone. */
export function pillarsFromText(text: string): Array<{ title: string; question: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      return at < 0
        ? { title: line, question: '' }
        : { title: line.slice(0, at).trim(), question: line.slice(at + 1).trim() };
    });
}

export function CallForm({ documentId, onCreated }: { documentId: string; onCreated: (call: Call) => void }) {
  const zone = viewerZone();
  const [title, setTitle] = useState('');
  const [introduction, setIntroduction] = useState('');
  const [pillars, setPillars] = useState('');
  const [initial] = useState(() => defaultRoundWindow(Date.now(), zone));
  const [opens, setOpens] = useState(initial.opens);
  const [closes, setCloses] = useState(initial.closes);
  const [participation, setParticipation] = useState<CallParticipation>('public');
  const [organisations, setOrganisations] = useState('');
  const form = useSubmit(
    async () => {
      const call = await createCall(documentId, {
        title,
        introduction,
        pillars: pillarsFromText(pillars),
        // An unreadable time goes as typed, so the server names the field.
        opensAt: localInputToUtc(opens, zone) ?? opens,
        closesAt: localInputToUtc(closes, zone) ?? closes,
        participation,
        ...(participation === 'invited' ? { organisations: organisationsFromText(organisations) } : {}),
      });
      setTitle('');
      setIntroduction('');
      setPillars('');
      onCreated(call);
    },
    { shownFields: ['title', 'introduction', 'pillars', 'opensAt', 'closesAt', 'organisations'] },
  );
  const { fields } = form;
  const timeHint = (value: string) => {
    const at = Date.parse(localInputToUtc(value, zone) ?? '');
    const zoneName = zoneLabel(zone, Number.isNaN(at) ? Date.now() : at);
    const words = describeLocalInput(value, zone);
    return words ? `${words} · ${zoneName}` : zoneName;
  };
  return (
    <form className="desk-call-form" onSubmit={form.onSubmit} aria-labelledby="desk-call-h">
      <h3 id="desk-call-h">New call for contributions</h3>
      <TextField
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fields.title}
        required
        maxLength={200}
      />
      <TextAreaField
        label="Introduction"
        value={introduction}
        onChange={(e) => setIntroduction(e.target.value)}
        error={fields.introduction}
        rows={3}
        maxLength={20000}
      />
      <TextAreaField
        label="Pillars"
        hint="One per line: the pillar, a colon, its question."
        value={pillars}
        onChange={(e) => setPillars(e.target.value)}
        error={fields.pillars}
        rows={3}
        required
      />
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
      <Choices
        legend="Who may contribute"
        name="call-participation"
        options={PARTICIPATION}
        value={participation}
        onChange={setParticipation}
      />
      {participation === 'invited' && (
        <TextAreaField
          label="Invited organisations"
          hint="One organisation per line."
          value={organisations}
          onChange={(e) => setOrganisations(e.target.value)}
          error={fields.organisations}
          rows={3}
        />
      )}
      <FormError problem={form.problem} />
      <button type="submit" className="btn btn-primary" disabled={form.busy}>
        {form.busy ? 'Creating…' : 'Create the call'}
      </button>
    </form>
  );
}
