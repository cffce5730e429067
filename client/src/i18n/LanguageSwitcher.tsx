/**
 * The language switcher on every page: the six languages, each named in itself (and marked
 * with its own `lang`, so a screen reader pronounces it right).
 */
import { LOCALES, NATIVE_NAMES, isLocale } from '@accord/i18n';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { describeError } from '../errors.js';
import { chooseLocale } from './choose-locale.js';
import { useLocale } from './I18nProvider.js';

export function LanguageSwitcher() {
  const intl = useIntl();
  const locale = useLocale();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {intl.formatMessage({ id: 'common.chooseLanguage' })}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          setProblem(null);
          chooseLocale(next).catch((error: unknown) => setProblem(describeError(error)));
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {NATIVE_NAMES[locale]}
          </option>
        ))}
      </select>
      {problem && (
        <span role="alert" className="language-switcher-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
