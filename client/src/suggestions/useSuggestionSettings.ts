/**
 * The document's suggestion rule as it applies to this person (`GET …/settings/suggestions`),
 * asked again when `refreshKey` changes (a paragraph's status changed: agreed paragraphs may
 * be protected). The last answer stays while a new one is on its way, so the mode toggle does
 * not flicker; null until the first answer, or when the person may not suggest at all.
 */
import { useEffect, useState } from 'react';
import { getSuggestionSettings, type SuggestionSettings } from './api.js';

export function useSuggestionSettings(
  documentId: string,
  canSuggest: boolean,
  refreshKey: string,
): SuggestionSettings | null {
  const [settings, setSettings] = useState<SuggestionSettings | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` is the trigger to ask again.
  useEffect(() => {
    if (!canSuggest) {
      setSettings(null);
      return;
    }
    const controller = new AbortController();
    getSuggestionSettings(documentId, controller.signal).then(
      (value) => !controller.signal.aborted && setSettings(value),
      // Unknown: the mode follows the person's access alone (the server still checks every change).
      () => {},
    );
    return () => controller.abort();
  }, [documentId, canSuggest, refreshKey]);
  return settings;
}
