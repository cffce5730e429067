/**
 * The server's sentences in a reader's language: a message (a catalog key and its values) put
 * into words with the catalogs of @accord/i18n. Values that need the reader's language are
 * written in it first: instants with their zone named (./dates.ts), lists of names with the
 * language's own conjunction, and a nested message (a phrase such as "edit this document" in
 * "members cannot …") in the same language.
 */
import { DEFAULT_LOCALE, type Locale, type MessageKey, type MessageValues } from '@accord/i18n';
import { translatorFor } from '@accord/i18n/all';
import { formatInstant } from './dates.js';

/** A value of a message: ICU's own, an instant, a list of names, a nested message, or several (`; `-separated). */
export type Value = MessageValues[string] | readonly string[] | Msg | Sentences;

/** Sentences given one after another ("a holds no role; b holds no role"), each in the reader's language. */
export interface Sentences {
  sentences: readonly Msg[];
}

/** A message to be put into words later, in whichever language its reader has. */
export interface Msg {
  key: MessageKey;
  values?: Readonly<Record<string, Value>> | undefined;
}

/** Where a sentence is read: its language, and the reader's time zone when known (else UTC). */
export interface Reader {
  locale: Locale;
  timeZone?: string | undefined;
}

const lists = new Map<Locale, Intl.ListFormat>();
const listIn = (locale: Locale): Intl.ListFormat => {
  let format = lists.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, format);
  }
  return format;
};

const isMsg = (value: Value): value is Msg =>
  typeof value === 'object' && value !== null && 'key' in value && !(value instanceof Date);
const isSentences = (value: Value): value is Sentences =>
  typeof value === 'object' && value !== null && 'sentences' in value;

/** `message` in `reader`'s language (a locale alone reads times in UTC). */
export function say(reader: Locale | Reader, message: Msg): string {
  const at: Reader = typeof reader === 'string' ? { locale: reader } : reader;
  let values: MessageValues | undefined;
  if (message.values) {
    values = {};
    for (const [name, value] of Object.entries(message.values)) {
      if (value instanceof Date) values[name] = formatInstant(at.locale, value, at.timeZone);
      else if (Array.isArray(value)) values[name] = listIn(at.locale).format(value as readonly string[]);
      else if (isMsg(value as Value)) values[name] = say(at, value as Msg);
      else if (isSentences(value as Value))
        values[name] = (value as Sentences).sentences
          .map((m) => say(at, m))
          .join(say(at, { key: 'errors.http.issueSeparator' }));
      else values[name] = value as MessageValues[string];
    }
  }
  return translatorFor(at.locale)(message.key, values);
}

/** `message` in English: the text of log lines and of a refusal's `message` inside the server. */
export const english = (message: Msg): string => say(DEFAULT_LOCALE, message);

/** A message, its key checked against the catalog. */
export const msg = (key: MessageKey, values?: Readonly<Record<string, Value>>): Msg =>
  values === undefined ? { key } : { key, values };
