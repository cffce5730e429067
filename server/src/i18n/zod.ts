/**
 * Field issues of a request body in the request's language. zod's own messages (a wrong type,
 * an unknown key, a too-short string without a sentence of ours) come from zod 4's locales,
 * chosen per parse — never by changing zod's global configuration, which every request shares.
 * The schemas' own sentences are catalog keys (packages/schema/src/field-messages.ts), put into
 * words here like any other message.
 */
import type { Locale } from '@accord/i18n';
import { readFieldMessage } from '@accord/schema';
import * as z from 'zod';
import { type Msg, say } from './say.js';

const zodLocales: Readonly<Record<Locale, () => { localeError: z.core.$ZodErrorMap }>> = {
  ar: z.locales.ar,
  zh: z.locales.zhCN,
  en: z.locales.en,
  fr: z.locales.fr,
  ru: z.locales.ru,
  es: z.locales.es,
};

const maps = new Map<Locale, z.core.$ZodErrorMap>();

/** zod's error map of `locale`, for `schema.safeParse(value, { error: zodErrors(locale) })`. */
export function zodErrors(locale: Locale): z.core.$ZodErrorMap {
  let map = maps.get(locale);
  if (!map) {
    map = zodLocales[locale]().localeError;
    maps.set(locale, map);
  }
  return map;
}

/** The catalog message an issue's text stands for, if it is one of the schemas' sentences. */
export const fieldMessageOf = (message: string): Msg | undefined => readFieldMessage(message);

/** An issue's text in `locale`: a schema's sentence translated, anything else (zod's, already in `locale`) as it is. */
export function issueText(locale: Locale, message: string): string {
  const ref = readFieldMessage(message);
  return ref ? say(locale, ref) : message;
}

/** A schema's sentence in English (the command line and logs); any other text as it is. */
export const englishIssue = (message: string): string => issueText('en', message);
