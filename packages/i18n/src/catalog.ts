/**
 * The message catalogs: one per language, each a flat map from a key (`comments.reply`) to an
 * ICU MessageFormat string. English is the source; the type of its catalog is the list of keys,
 * so a key used in code but missing from English, or a language missing a key, fails to compile.
 */
import type english from './messages/en/index.js';
import type { Locale } from './locales.js';

/** One language's messages. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** Every key of the interface, as English defines them. */
export type MessageKey = keyof typeof english;

/**
 * One language's catalog, loaded on demand: each is its own chunk in the browser, so a page
 * downloads only the language it shows. The six imports are spelled out for the bundler.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'ar':
      return (await import('./messages/ar/index.js')).default;
    case 'zh':
      return (await import('./messages/zh/index.js')).default;
    case 'fr':
      return (await import('./messages/fr/index.js')).default;
    case 'ru':
      return (await import('./messages/ru/index.js')).default;
    case 'es':
      return (await import('./messages/es/index.js')).default;
    default:
      return (await import('./messages/en/index.js')).default;
  }
}
