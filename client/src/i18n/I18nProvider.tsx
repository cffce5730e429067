/**
 * Gives the app its language: FormatJS's `IntlProvider` with the catalog of the page's locale
 * (loaded on demand, one chunk per language), `<html lang dir>` once that catalog is in, and the
 * signed-in person's saved choice applied when their session arrives. Dates and numbers follow
 * the browser's region within that language: an English page in a British browser writes
 * "3 Dec 2026", in an American one "Dec 3, 2026".
 */
import { directionOf, loadMessages, type Locale, type Messages } from '@accord/i18n';
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { setCurrentIntl } from './current.js';
import { CssMessages } from './CssMessages.js';
import { useSession } from '../session/useSession.js';
import { localeStore } from './locale-store.js';

interface Loaded {
  locale: Locale;
  messages: Messages;
}

const LocaleContext = createContext<Locale>('en');

/** The page's language (one of the six), once its catalog is in. `useIntl().locale` may carry a region. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The browser's own tag for `locale` when it asks for that language with a region (`en-GB`), else `locale`. */
export function regionalTag(
  locale: Locale,
  preferences: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  for (const tag of preferences) {
    if (tag.split('-')[0]?.toLowerCase() !== locale) continue;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0) return tag;
    } catch {
      // a malformed tag: keep looking
    }
  }
  return locale;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(localeStore.subscribe, localeStore.getSnapshot, localeStore.getSnapshot);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const state = useSession();
  const saved = state.status === 'signed-in' ? state.session.locale : null;

  useEffect(() => {
    if (saved) localeStore.set(saved);
  }, [saved]);

  useEffect(() => {
    let current = true;
    void loadMessages(locale).then((messages) => {
      if (current) setLoaded({ locale, messages });
    });
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.locale;
    document.documentElement.dir = directionOf(loaded.locale);
  }, [loaded]);

  // Until the first catalog is in (one small chunk), show nothing rather than keys.
  if (!loaded) return null;
  return (
    <LocaleContext.Provider value={loaded.locale}>
      <IntlProvider
        locale={regionalTag(loaded.locale)}
        messages={loaded.messages}
        defaultLocale="en"
        onError={reportIntlError}
      >
        <CurrentIntl>{children}</CurrentIntl>
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** Hands the provider's `IntlShape` to code outside components before the children render. */
function CurrentIntl({ children }: { children: ReactNode }) {
  setCurrentIntl(useIntl());
  return (
    <>
      <CssMessages />
      {children}
    </>
  );
}

function reportIntlError(error: { code?: string; message: string }): void {
  // Keys are checked by the compiler and the catalog test; anything here is a real defect.
  console.error(`[i18n] ${error.code ?? 'error'}: ${error.message}`);
}
