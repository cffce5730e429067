/**
 * The document's numbering on its page: fetched once, and again whenever the consensus channel
 * brought news (a `numbering` event makes the consensus view refetch, so its value changes) and
 * when the window regains focus. The editor's margin labels against its baseline.
 */
import type { Numbering } from '@accord/schema';
import { useEffect, useState } from 'react';
import { getNumbering } from './api.js';

/** The numbering of `documentId`, refetched when `news` changes identity and on focus. */
export function useNumbering(documentId: string, news: unknown): Numbering | null {
  const [numbering, setNumbering] = useState<Numbering | null>(null);
  const [focused, setFocused] = useState(0);
  useEffect(() => {
    const onFocus = () => setFocused((n) => n + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `news` and `focused` are the triggers to fetch again.
  useEffect(() => {
    const controller = new AbortController();
    getNumbering(documentId, controller.signal).then(
      (value) => setNumbering((old) => (JSON.stringify(old) === JSON.stringify(value) ? old : value)),
      () => {}, // Offline or refused: the margin keeps what it showed (live numbers at first).
    );
    return () => controller.abort();
  }, [documentId, news, focused]);
  return numbering;
}
