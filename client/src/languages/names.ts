/** Languages named in the page's language ("French" in English, « français » in French), from the catalog. */
import type { Locale } from '@accord/schema';
import { useCallback } from 'react';
import { useT } from '../i18n/useT.js';

/** `name('fr')` → "French" in the page's language. */
export function useLanguageName(): (language: Locale) => string {
  const t = useT();
  return useCallback((language: Locale) => t('languages.name', { language }), [t]);
}
