/**
 * Choosing one of the six languages from what a browser asks for: `navigator.languages` in
 * the page, the `Accept-Language` header on the server. The first preference that names one
 * of the six by its primary subtag wins (`fr-CA` is French, `zh-TW` is Chinese); otherwise English.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.js';

/** The first of `preferences` (most wanted first) that is one of the six, by primary language; undefined if none is. */
export function matchLocale(preferences: readonly string[]): Locale | undefined {
  for (const tag of preferences) {
    const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** {@link matchLocale}, English when none of the six is asked for. */
export function negotiateLocale(preferences: readonly string[]): Locale {
  return matchLocale(preferences) ?? DEFAULT_LOCALE;
}

/**
 * The language tags of an `Accept-Language` header, most wanted first (by `q`, then by order);
 * `*`, malformed entries and `q=0` are left out. A hostile header costs at most 32 entries.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: { tag: string; q: number; at: number }[] = [];
  for (const [at, part] of header.split(',').slice(0, 32).entries()) {
    const [rawTag = '', ...params] = part.trim().split(';');
    const tag = rawTag.trim();
    if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(param);
      if (match) q = Number(match[1]);
    }
    if (q > 0) entries.push({ tag, q, at });
  }
  return entries.sort((a, b) => b.q - a.q || a.at - b.at).map((e) => e.tag);
}

/** The locale for an `Accept-Language` header. */
export function localeFromHeader(header: string | null | undefined): Locale {
  return negotiateLocale(parseAcceptLanguage(header));
}
