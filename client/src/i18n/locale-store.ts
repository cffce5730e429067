/**
 * Which of the six languages the page speaks, outside React: chosen once from what this
 * browser remembers, else from the browser's languages; changed by the switcher or by the
 * signed-in person's saved choice. It sets `<html lang dir>` and the API's Accept-Language,
 * so errors the server words come back in the same language as the page.
 */
import { directionOf, isLocale, negotiateLocale, type Locale } from '@accord/i18n';
import { configureApi } from '../api.js';

const STORAGE_KEY = 'accord.locale';

function remembered(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage may be disabled; the browser's languages still decide
  }
}

function browserLocale(): Locale {
  const nav = globalThis.navigator;
  return negotiateLocale(nav ? [...(nav.languages ?? []), nav.language].filter(Boolean) : []);
}

type Listener = () => void;

/** The page's language, with listeners for React. */
export class LocaleStore {
  #locale: Locale;
  #listeners = new Set<Listener>();

  constructor(initial: Locale = remembered() ?? browserLocale()) {
    this.#locale = initial;
    this.#apply();
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** Switches the page's language; `remember` keeps it for this browser's next visits. */
  set(locale: Locale, { remember = true }: { remember?: boolean } = {}): void {
    if (remember) {
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, locale);
      } catch {
        // not remembered in this browser; the switch still applies to this page
      }
    }
    if (locale === this.#locale) return;
    // `<html lang dir>` follow once the catalog is in (I18nProvider), so words and direction change together.
    this.#locale = locale;
    for (const listener of this.#listeners) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): Locale => this.#locale;

  #apply(): void {
    const root = globalThis.document?.documentElement;
    if (root) {
      root.lang = this.#locale;
      root.dir = directionOf(this.#locale);
    }
  }
}

export const localeStore = new LocaleStore();

configureApi({ acceptLanguage: () => localeStore.locale });
