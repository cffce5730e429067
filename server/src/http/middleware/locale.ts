/**
 * The language of a request, for the sentences it is answered with (API errors) and the mails
 * it causes. The page sends the language it shows as `Accept-Language`, so a header naming one
 * of the six comes first; a caller whose header names none of them (a script with a bearer
 * token: Node's fetch sends `*`) is answered in the person's saved language; anyone else in
 * English. Two steps, because the header is known before the caller is: refusals made before
 * authentication (limits, body size) already speak the header's language.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { DEFAULT_LOCALE, type Locale, matchLocale, parseAcceptLanguage } from '@accord/i18n';
import type { AppEnv } from '../env.js';

/** The first of the six the header asks for, by primary language; undefined when it names none. */
export function headerLocale(header: string | null | undefined): Locale | undefined {
  return matchLocale(parseAcceptLanguage(header));
}

/** Sets `locale` from `Accept-Language` (English without one of the six). Mount before everything that may refuse. */
export function requestLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', headerLocale(c.req.header('accept-language')) ?? DEFAULT_LOCALE);
    await next();
  };
}

/** When the header names none of the six, the signed-in caller's saved language. Mount after authentication. */
export function savedLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const saved = c.get('auth')?.locale;
    if (saved && !headerLocale(c.req.header('accept-language'))) c.set('locale', saved);
    await next();
  };
}

/** The request's language; also right in an app or test that mounts no locale middleware. */
export function localeOf(c: Context): Locale {
  return (c.get('locale') as Locale | undefined) ?? headerLocale(c.req.header('accept-language')) ?? DEFAULT_LOCALE;
}
