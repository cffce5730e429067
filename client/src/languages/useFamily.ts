/**
 * A document's language family (its original and versions, with each version's progress), as
 * its page shows it: fetched when the page opens and again whenever `news` changes identity
 * (the menu opened, the version's alignment moved), keeping what it showed meanwhile.
 */
import type { LanguageFamily } from '@accord/schema';
import { useEffect, useState } from 'react';
import { describeError } from '../errors.js';
import { getFamily } from './api.js';

export interface FamilyState {
  family: LanguageFamily | null;
  problem: string | null;
}

export function useFamily(documentId: string, news: unknown): FamilyState {
  const [state, setState] = useState<FamilyState>({ family: null, problem: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `news` is the trigger to fetch again.
  useEffect(() => {
    const controller = new AbortController();
    getFamily(documentId, controller.signal).then(
      (family) => !controller.signal.aborted && setState({ family, problem: null }),
      (error: unknown) => !controller.signal.aborted && setState((s) => ({ ...s, problem: describeError(error) })),
    );
    return () => controller.abort();
  }, [documentId, news]);
  return state;
}
