/**
 * What the language switcher does: switch the page at once, remember the choice in this browser,
 * and for a signed-in person also on the server, so their next browser opens in it too.
 */
import { SetLocaleBody, type Locale } from '@accord/schema';
import * as z from 'zod';
import { request } from '../api.js';
import { sessionStore } from '../session/useSession.js';
import { localeStore } from './locale-store.js';

export async function chooseLocale(locale: Locale): Promise<void> {
  localeStore.set(locale);
  const state = sessionStore.getSnapshot();
  if (state.status !== 'signed-in' || state.session.locale === locale) return;
  const body: SetLocaleBody = { locale };
  await request('/api/session/locale', z.object({ locale: SetLocaleBody.shape.locale }), { method: 'PUT', body });
  sessionStore.adopt({ ...state.session, locale });
}
