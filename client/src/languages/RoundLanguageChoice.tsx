/**
 * A consultation offered in several languages (issue 15): the reader chooses the language of
 * the text — each named in itself, so a reader finds their own whatever the page's language —
 * and their comments go to that language's version. The choice is in the page's address
 * (`?language=fr`), so a link to the French text stays French, and remembered in this browser.
 * Block ids and numbers are shared, so ¶7 is the same paragraph in every language.
 */
import { NATIVE_NAMES } from '@accord/i18n';
import type { Locale, RoundLanguage } from '@accord/schema';
import { createContext, useContext, useId } from 'react';
import { useT } from '../i18n/useT.js';
import './languages.css';

/** The language of the text the reader is commenting on; undefined: the round's own (only one offered). */
const RoundLanguageContext = createContext<Locale | undefined>(undefined);
export const RoundLanguageProvider = RoundLanguageContext.Provider;
/** The language a comment made on this page is about (`PublicCommentBody.language`). */
export const useRoundLanguage = (): Locale | undefined => useContext(RoundLanguageContext);

const storageKey = (roundId: string) => `accord.roundLanguage.${roundId}`;
const asLocale = (value: string | null): Locale | undefined =>
  value && Object.hasOwn(NATIVE_NAMES, value) ? (value as Locale) : undefined;

/**
 * The language chosen for a round's text: the page's address (`?language=fr`) first, else what
 * this browser chose for the round before (the mailed confirmation link names no language).
 */
export function chosenLanguage(roundId: string, search: string = window.location.search): Locale | undefined {
  const asked = asLocale(new URLSearchParams(search).get('language'));
  if (asked) return asked;
  try {
    return asLocale(localStorage.getItem(storageKey(roundId)));
  } catch {
    return undefined;
  }
}

/** Puts the chosen language in the address (replacing, so Back leaves the page rather than the choice) and remembers it. */
export function rememberLanguage(roundId: string, language: Locale): void {
  const url = new URL(window.location.href);
  url.searchParams.set('language', language);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  try {
    localStorage.setItem(storageKey(roundId), language);
  } catch {
    // Not remembered (storage refused): the address still says it.
  }
}

export function RoundLanguageChoice({
  languages,
  language,
  onChoose,
}: {
  /** What the round offers, its own first; nothing is shown for one. */
  languages: readonly RoundLanguage[];
  /** The language the text is shown in. */
  language: Locale | undefined;
  onChoose: (language: Locale) => void;
}) {
  const t = useT();
  const id = useId();
  if (languages.length < 2) return null;
  return (
    <div className="lv-consult-language">
      <label className="field-label" htmlFor={id}>
        {t('languages.consult.choose')}
      </label>
      <select
        id={id}
        className="text-input select-input"
        value={language ?? languages[0]!.language}
        aria-describedby={`${id}-note`}
        onChange={(e) => onChoose(e.target.value as Locale)}
      >
        {languages.map((l) => (
          <option key={l.language} value={l.language} lang={l.language}>
            {NATIVE_NAMES[l.language]}
          </option>
        ))}
      </select>
      <p id={`${id}-note`} className="lv-muted">
        {t('languages.consult.note')}
      </p>
    </div>
  );
}
