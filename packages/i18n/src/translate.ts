/**
 * Turning a key and its values into a sentence outside React (the server's mails and API
 * errors): FormatJS's `intl-messageformat`, the same ICU engine `react-intl` uses in the page,
 * so a message reads the same in a mail and on screen.
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { MessageKey, Messages } from './catalog.js';
import type { Locale } from './locales.js';

/** Values of a message's placeholders: `{count, plural, …}`, `{name}`, `{when, date, long}`. */
export type MessageValues = Record<string, PrimitiveType | Date>;

/** A message to be put into words later, in whichever language its reader has. */
export interface MessageRef {
  key: MessageKey;
  values?: MessageValues;
}

/** Formats a message of one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A translator for one language. Parsed messages are kept; a message missing from `messages`
 * (a catalog out of step with the code) falls back to `fallback`, then to the key itself.
 */
export function createTranslator(locale: Locale, messages: Messages, fallback?: Messages): Translate {
  const parsed = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    let format = parsed.get(key);
    if (!format) {
      const source = messages[key] ?? fallback?.[key];
      if (source === undefined) return key;
      format = new IntlMessageFormat(source, locale);
      parsed.set(key, format);
    }
    return String(format.format(values as Record<string, PrimitiveType>));
  };
}
