/**
 * The six official languages of the United Nations, in which Accord's interface exists.
 * Codes are BCP 47 language subtags; `zh` is written in simplified characters, as at the UN.
 */
export const LOCALES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language the catalogs are written in first, and the one used when nothing else fits. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, as a language switcher lists it. */
export const NATIVE_NAMES: Readonly<Record<Locale, string>> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** Whether a string is one of the six. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The writing direction of a locale's interface: Arabic is laid out right to left. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
