/**
 * The document's suggestion rule as it applies to this person (`GET …/settings/suggestions`),
 * asked again when `refreshKey` changes (a paragraph's status changed: agreed paragraphs may
 * be protected). The last answer stays while a new one is on its way, so the mode toggle does
 * not flicker. `settled` is false only until the first answer (or failure) for someone who may
 * suggest: until then a member under an "always suggest" rule must not type directly.
 */
import { useEffect, useState } from 'react';
import { getSuggestionSettings, type SuggestionSettings } from './api.js';

export function useSuggestionSettings(
  documentId: string,
  canSuggest: boolean,
  refreshKey: string,
): { settings: SuggestionSettings | null; settled: boolean } {
  const [settings, setSettings] = useState<SuggestionSettings | null>(null);
  const [answered, setAnswered] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` is the trigger to ask again.
  useEffect(() => {
    if (!canSuggest) {
      setSettings(null);
      return;
    }
    const controller = new AbortController();
    getSuggestionSettings(documentId, controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setSettings(value);
        setAnswered(true);
      },
      // Unknown: the mode follows the person's access alone (the server still checks every change).
      () => !controller.signal.aborted && setAnswered(true),
    );
    return () => controller.abort();
  }, [documentId, canSuggest, refreshKey]);
  return { settings, settled: !canSuggest || answered };
}
