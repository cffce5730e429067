/** React side of {@link LiveView}: a view of a document kept current by the live channel. */
import type { ParagraphConsensus } from '@accord/schema';
import { useCallback, useEffect, useRef, useState } from 'react';
import { consensusLiveUrl } from './api.js';
import { LiveView, type LiveStatus } from './live.js';

export interface LiveState<T> {
  value: T | null;
  status: LiveStatus;
  problem: string | null;
  /** Shows a paragraph the person's own write returned, before the live event arrives. */
  apply(paragraph: ParagraphConsensus): void;
  /** Fetches again now. */
  refresh(): void;
}

export function useLiveView<T>(
  documentId: string,
  load: (documentId: string, signal: AbortSignal) => Promise<T>,
  patch?: (value: T, paragraph: ParagraphConsensus) => T | null,
): LiveState<T> {
  const [value, setValue] = useState<T | null>(null);
  const [status, setStatus] = useState<{ status: LiveStatus; problem: string | null }>({
    status: 'connecting',
    problem: null,
  });
  const live = useRef<LiveView<T> | null>(null);
  // The first load/patch win: the view is keyed by document, not by callback identity.
  const fns = useRef({ load, patch }).current;

  useEffect(() => {
    const view = new LiveView<T>({
      url: consensusLiveUrl(documentId),
      open: (url) => new EventSource(url, { withCredentials: true }),
      load: (signal) => fns.load(documentId, signal),
      patch: fns.patch,
      onValue: setValue,
      onStatus: (s, problem) => setStatus({ status: s, problem }),
    });
    live.current = view;
    view.start();
    return () => {
      view.dispose();
      live.current = null;
    };
  }, [documentId, fns]);

  const apply = useCallback((paragraph: ParagraphConsensus) => live.current?.apply(paragraph), []);
  const refresh = useCallback(() => live.current?.refresh(), []);
  return { value, status: status.status, problem: status.problem, apply, refresh };
}
