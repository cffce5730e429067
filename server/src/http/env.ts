/** The variables every request carries through the Hono app, set by the middleware in ./middleware/. */
import type { Locale } from '@accord/i18n';
import type { Authenticated } from '../identity/authenticator.js';

export interface AppEnv {
  Variables: {
    /** The verified caller; undefined for anonymous requests. */
    auth: Authenticated | undefined;
    /** The client's IP address, the key of per-IP limits. */
    ip: string;
    /** The language to answer people in (errors, mails this request causes); see middleware/locale.ts. */
    locale: Locale;
  };
}
