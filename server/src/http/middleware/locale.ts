/**
 * The language of a request, for the sentences it is answered with (API errors) and the mails
 * it causes. The page sends the language it shows as `Accept-Language`, so the header comes
 * first; a caller without one (a script with a bearer token) is answered in the person's saved
 * language; anyone else in English. Two steps, because the header is known before the caller is:
 * refusals made before authentication (limits, body size) already speak the header's language.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { DEFAULT_LOCALE, type Locale, localeFromHeader } from '@accord/i18n';
import type { AppEnv } from '../env.js';

const hasHeader = (c: Context) => Boolean(c.req.header('accept-language')?.trim());

/** Sets `locale` from `Accept-Language` (English without it). Mount before everything that may refuse. */
export function requestLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', localeFromHeader(c.req.header('accept-language')));
    await next();
  };
}

/** Without an `Accept-Language` header, the signed-in caller's saved language. Mount after authentication. */
export function savedLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const saved = c.get('auth')?.locale;
    if (saved && !hasHeader(c)) c.set('locale', saved);
    await next();
  };
}

/** The request's language; also right in an app or test that mounts no locale middleware. */
export function localeOf(c: Context): Locale {
  return (
    (c.get('locale') as Locale | undefined) ??
    (hasHeader(c) ? localeFromHeader(c.req.header('accept-language')) : DEFAULT_LOCALE)
  );
}
