/**
 * A call for contributions on the compilation (coordinators): title, introduction, pillars
 * (one per line, "Title: question"), when it opens and closes — typed in the viewer's own zone,
 * named beside each field, sent as UTC — and who may contribute.
 */
import type { Call, CallParticipation } from '@accord/schema';
import { useState } from 'react';
import { type Choice, Choices } from '../components/Choices.js';
import { TextAreaField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { defaultRoundWindow, localInputToUtc } from '../rounds/datetime.js';
import { TimeInputHint } from '../rounds/TimeInputHint.js';
import { organisationsFromText } from '../rounds/labels.js';
import { viewerZone } from '../time-zones.js';
import { createCall } from './api.js';

/**
 * "Access: How do we connect the next billion?" → a pillar; a line without a colon is a title
 * alone. The full-width colon Chinese is typed with separates as well.
 */
export function pillarsFromText(text: string): Array<{ title: string; question: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.search(/[:：]/);
      return at < 0
        ? { title: line, question: '' }
        : { title: line.slice(0, at).trim(), question: line.slice(at + 1).trim() };
    });
}

export function CallForm({ documentId, onCreated }: { documentId: string; onCreated: (call: Call) => void }) {
  const t = useT();
  const participationChoices: ReadonlyArray<Choice<CallParticipation>> = [
    { value: 'public', label: t('compilation.callForm.public') },
    { value: 'invited', label: t('compilation.callForm.invited') },
  ];
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
  return (
    <form className="desk-call-form" onSubmit={form.onSubmit} aria-labelledby="desk-call-h">
      <h3 id="desk-call-h">{t('compilation.callForm.heading')}</h3>
      <TextField
        label={t('compilation.callForm.title')}
        dir="auto"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fields.title}
        required
        maxLength={200}
      />
      <TextAreaField
        label={t('compilation.callForm.introduction')}
        dir="auto"
        value={introduction}
        onChange={(e) => setIntroduction(e.target.value)}
        error={fields.introduction}
        rows={3}
        maxLength={20000}
      />
      <TextAreaField
        label={t('compilation.callForm.pillars')}
        hint={t('compilation.callForm.pillarsHint')}
        dir="auto"
        value={pillars}
        onChange={(e) => setPillars(e.target.value)}
        error={fields.pillars}
        rows={3}
        required
      />
      <TextField
        label={t('compilation.callForm.opens')}
        type="datetime-local"
        value={opens}
        onChange={(e) => setOpens(e.target.value)}
        hint={<TimeInputHint value={opens} timeZone={zone} />}
        error={fields.opensAt}
        required
      />
      <TextField
        label={t('compilation.callForm.closes')}
        type="datetime-local"
        value={closes}
        onChange={(e) => setCloses(e.target.value)}
        hint={<TimeInputHint value={closes} timeZone={zone} />}
        error={fields.closesAt}
        required
      />
      <Choices
        legend={t('compilation.callForm.who')}
        name="call-participation"
        options={participationChoices}
        value={participation}
        onChange={setParticipation}
      />
      {participation === 'invited' && (
        <TextAreaField
          label={t('compilation.callForm.organisations')}
          hint={t('compilation.callForm.organisationsHint')}
          dir="auto"
          value={organisations}
          onChange={(e) => setOrganisations(e.target.value)}
          error={fields.organisations}
          rows={3}
        />
      )}
      <FormError problem={form.problem} />
      <button type="submit" className="btn btn-primary" disabled={form.busy}>
        {form.busy ? t('compilation.callForm.creating') : t('compilation.callForm.create')}
      </button>
    </form>
  );
}
