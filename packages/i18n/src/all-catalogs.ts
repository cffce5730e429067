/**
 * All six catalogs at once, for the server (mails and API errors in the reader's language)
 * and for tests. The browser loads one language at a time with `loadMessages` instead.
 */
import ar from './messages/ar/index.js';
import en from './messages/en/index.js';
import es from './messages/es/index.js';
import fr from './messages/fr/index.js';
import ru from './messages/ru/index.js';
import zh from './messages/zh/index.js';
import type { Messages } from './catalog.js';
import type { Locale } from './locales.js';
import { createTranslator, type Translate } from './translate.js';

export const catalogs: Readonly<Record<Locale, Messages>> = { ar, zh, en, fr, ru, es };

const translators = new Map<Locale, Translate>();

/** The translator of one language (English fills any gap), made once per process. */
export function translatorFor(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = createTranslator(locale, catalogs[locale], catalogs.en);
    translators.set(locale, translate);
  }
  return translate;
}
