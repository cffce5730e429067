/**
 * The contribution itself: who sends it, which pillars it answers, and its text — typed in a
 * plain textarea (a blank line between paragraphs) or uploaded as a file the server imports.
 *
 * Why a textarea rather than a rich-text editor: the API keeps paragraphs as plain text, so
 * formatting typed in an editor would be lost on the way; a native textarea is what a phone's
 * keyboard, autocorrect, dictation and paste work best with, and it keeps this public page
 * light (no editor bundle on a slow connection). A live count of the paragraphs shows how the
 * text will be split, the same way the server splits an uploaded .txt.
 */
import {
  ContributionBody,
  defaultStakeholderGroups,
  type Call,
  type Contribution,
  type ContributionKind,
} from '@accord/schema';
import { useId, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { KIND_KEYS, REGION_KEYS } from '../compilation/labels.js';
import { Choices, type Choice } from '../components/Choices.js';
import { SelectField, TextAreaField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { groupName } from '../people/groups.js';
import { countryOptions } from '../consult/countries.js';
import { refusalMessage } from '../consult/refusal.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { type T, useT } from '../i18n/useT.js';
import { sendContribution, type Contributor, type ContributionText } from './api.js';
import { KINDS, REGIONS, UPLOAD_ACCEPT, uploadProblem } from './choices.js';
import { joinParagraphs, splitParagraphs } from './paragraphs.js';
import { useFocusInvalid } from './useFocusInvalid.js';

type TextMode = 'typed' | 'file';
const textModes = (t: T): ReadonlyArray<Choice<TextMode>> => [
  { value: 'typed', label: t('compilation.form.typed') },
  { value: 'file', label: t('compilation.form.upload'), hint: t('compilation.form.uploadHint') },
];

export function ContributionForm({
  call,
  contributor,
  editing,
  onStored,
  onCancel,
}: {
  call: Call;
  contributor: Contributor;
  /** The contribution being edited, or null for a new one. */
  editing: Contribution | null;
  onStored: (contribution: Contribution) => void;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [organisation, setOrganisation] = useState(editing?.organisation ?? '');
  const [kind, setKind] = useState<ContributionKind | ''>(editing?.kind ?? '');
  const [country, setCountry] = useState(editing?.country ?? '');
  const [group, setGroup] = useState(editing?.group ?? '');
  const [pillars, setPillars] = useState<string[]>(editing?.pillars ?? []);
  const [mode, setMode] = useState<TextMode>('typed');
  const [text, setText] = useState(editing ? joinParagraphs(editing.paragraphs) : '');
  const [file, setFile] = useState<File | null>(null);
  const intl = useIntl();
  const t = useT();
  // Named and sorted in the page's language.
  const countries = useMemo(() => countryOptions(intl.locale), [intl.locale]);
  const typed = useMemo(() => splitParagraphs(text), [text]);
  const pillarsId = useId();

  const submit = async (): Promise<void> => {
    const fields = { title, organisation, kind, country, pillars, ...(group ? { group } : {}) };
    const parsed = ContributionBody.safeParse({ ...fields, ...(mode === 'typed' ? { paragraphs: typed } : {}) });
    const local: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error.issues);
    if (!kind) local.kind = t('compilation.form.needKind');
    if (!country) local.country = t('compilation.form.needCountry');
    if (mode === 'typed' && typed.length === 0) local.paragraphs = t('compilation.form.needText');
    if (mode === 'file') {
      const problem = file ? uploadProblem(file) : 'compilation.form.needFile';
      if (problem) local.file = t(problem);
    }
    if (!parsed.success || Object.keys(local).length > 0) {
      fail(null, local);
      return;
    }
    const { paragraphs: _typed, ...body } = parsed.data;
    const content: ContributionText = mode === 'typed' ? { paragraphs: typed } : { file: file! };
    onStored(await sendContribution(call.id, contributor, body, content, editing?.id));
  };
  const { busy, problem, fields: errors, fail, onSubmit } = useSubmit(submit, { describe: refusalMessage });

  const formRef = useRef<HTMLFormElement>(null);
  useFocusInvalid(formRef, errors);

  const togglePillar = (id: string, on: boolean) =>
    setPillars((now) => (on ? [...now.filter((p) => p !== id), id] : now.filter((p) => p !== id)));

  return (
    <form
      ref={formRef}
      className="consult-register contribute-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="contribute-form-title"
    >
      <h2 id="contribute-form-title" className="consult-section-title" tabIndex={-1}>
        {editing ? t('compilation.form.editTitle') : t('compilation.form.title')}
      </h2>
      <TextField
        label={t('compilation.form.organisation')}
        autoComplete="organization"
        dir="auto"
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
        hint={t('compilation.form.organisationHint')}
        error={errors.organisation}
        required
      />
      <SelectField
        label={t('compilation.form.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as ContributionKind)}
        error={errors.kind}
        required
      >
        <option value="">{t('compilation.form.chooseKind')}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(KIND_KEYS[k])}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('compilation.form.country')}
        value={country}
        onChange={(e) => setCountry(e.target.value)}
        error={errors.country}
        required
      >
        <option value="">{t('compilation.form.chooseCountry')}</option>
        <optgroup label={t('compilation.form.regions')}>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(REGION_KEYS[r])}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('compilation.form.countries')}>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <SelectField
        label={t('compilation.form.group')}
        value={group}
        onChange={(e) => setGroup(e.target.value)}
        error={errors.group}
      >
        <option value="">{t('compilation.form.noGroup')}</option>
        {defaultStakeholderGroups.map((g) => (
          <option key={g.id} value={g.id}>
            {groupName(g.id, t)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('compilation.form.contributionTitle')}
        dir="auto"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        required
      />
      <fieldset
        className="choices contribute-pillar-choices"
        data-invalid={errors.pillars ? true : undefined}
        aria-describedby={errors.pillars ? `${pillarsId}-error` : `${pillarsId}-hint`}
      >
        <legend className="field-label">{t('compilation.form.pillars')}</legend>
        <p className="field-hint" id={`${pillarsId}-hint`}>
          {t('compilation.form.pillarsHint')}
        </p>
        {call.pillars.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="checkbox"
              name="pillars"
              value={p.id}
              checked={pillars.includes(p.id)}
              onChange={(e) => togglePillar(p.id, e.target.checked)}
            />
            <span className="choice-text" dir="auto">
              {p.title}
            </span>
          </label>
        ))}
        {errors.pillars && (
          <p className="field-error" id={`${pillarsId}-error`}>
            {errors.pillars}
          </p>
        )}
      </fieldset>
      <Choices
        legend={t('compilation.form.textMode')}
        name="textMode"
        options={textModes(t)}
        value={mode}
        onChange={setMode}
        className="consult-choice"
      />
      {mode === 'typed' ? (
        <>
          <TextAreaField
            label={t('compilation.form.text')}
            className="contribute-text"
            dir="auto"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            hint={t('compilation.form.textHint')}
            error={errors.paragraphs}
            required
          />
          <p className="consult-hint" aria-live="polite">
            {t('compilation.form.paragraphCount', { count: typed.length })}
          </p>
        </>
      ) : (
        <FileField file={file} onFile={setFile} error={errors.file} />
      )}
      <FormError problem={problem} />
      <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
        {busy
          ? t('compilation.form.sending')
          : editing
            ? t('compilation.form.saveChanges')
            : t('compilation.form.send')}
      </button>
      {onCancel && (
        <button type="button" className="btn consult-tap" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </form>
  );
}

function FileField({ file, onFile, error }: { file: File | null; onFile: (f: File | null) => void; error?: string }) {
  const intl = useIntl();
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('compilation.form.file')}
      </label>
      <input
        id={id}
        type="file"
        className="contribute-file"
        accept={UPLOAD_ACCEPT}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {file ? (
          <FormattedMessage
            id="compilation.form.fileChosen"
            values={{
              name: <bdi>{file.name}</bdi>,
              size: intl.formatNumber(Math.max(1, Math.round(file.size / 1024)), { style: 'unit', unit: 'kilobyte' }),
            }}
          />
        ) : (
          t('compilation.form.fileHint')
        )}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
