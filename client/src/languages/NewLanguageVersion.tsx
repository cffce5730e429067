/**
 * "New language version" (`translation.manage` on an original): one of the six languages the
 * family does not have yet, each named in itself (and tagged with its `lang`), starting from
 * the original's text to translate over, or from empty paragraphs. The server makes it with the
 * original's block ids, so its paragraphs correspond one-to-one from the start.
 */
import { LOCALES, NATIVE_NAMES } from '@accord/i18n';
import type { LanguageVersion, Locale } from '@accord/schema';
import { useId, useState } from 'react';
import { Choices } from '../components/Choices.js';
import { SelectField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { createLanguageVersion } from './api.js';

type Start = 'original' | 'empty';

export function NewLanguageVersion({
  documentId,
  taken,
  onCreated,
}: {
  documentId: string;
  /** Languages the family has already (the original's included). */
  taken: readonly Locale[];
  onCreated: (version: LanguageVersion) => void;
}) {
  const t = useT();
  const headingId = useId();
  const free = LOCALES.filter((l) => !taken.includes(l));
  const [language, setLanguage] = useState<Locale | ''>(free[0] ?? '');
  const [start, setStart] = useState<Start>('original');
  const chosen = language !== '' && free.includes(language) ? language : (free[0] ?? '');
  const form = useSubmit(async () => {
    if (chosen === '') return;
    onCreated(await createLanguageVersion(documentId, { language: chosen, start }));
  });

  if (free.length === 0) return <p className="lv-muted">{t('languages.create.noneLeft')}</p>;
  return (
    <form className="lv-create" onSubmit={form.onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('languages.create.heading')}</h3>
      <SelectField
        label={t('languages.create.language')}
        value={chosen}
        onChange={(e) => setLanguage(e.target.value as Locale)}
      >
        {free.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </SelectField>
      <Choices<Start>
        legend={t('languages.create.start')}
        name="lv-start"
        value={start}
        onChange={setStart}
        options={[
          { value: 'original', label: t('languages.create.startOriginal') },
          { value: 'empty', label: t('languages.create.startEmpty') },
        ]}
      />
      <FormError problem={form.problem} inline />
      <button type="submit" className="btn btn-primary btn-small" disabled={form.busy}>
        {form.busy ? t('languages.create.creating') : t('languages.create.submit')}
      </button>
    </form>
  );
}
