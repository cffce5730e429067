export { DEFAULT_LOCALE, LOCALES, NATIVE_NAMES, directionOf, isLocale, type Locale } from './locales.js';
export { localeFromHeader, matchLocale, negotiateLocale, parseAcceptLanguage } from './negotiate.js';
export { loadMessages, type MessageKey, type Messages } from './catalog.js';
export { createTranslator, type MessageRef, type MessageValues, type Translate } from './translate.js';
