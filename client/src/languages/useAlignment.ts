/**
 * A language version's alignment with its original, kept current on its page: fetched again
 * whenever the original's text changes (its consensus channel says so, throttled by the server)
 * and whenever the version's own text changed (`versionNews`: the page's consensus view of the
 * version, which changes identity on each such event). The server records a person's
 * translation after the edit is stored and answers the alignment once it has.
 */
import type { Alignment } from '@accord/schema';
import { useCallback, useEffect, useRef, useState } from 'react';
import { consensusLiveUrl } from '../consensus/api.js';
import { LiveView } from '../consensus/live.js';
import { getAlignment } from './api.js';

export interface AlignmentState {
  alignment: Alignment | null;
  /** Why the alignment cannot be shown (the server's refusal, in the page's language); null when it can. */
  problem: string | null;
  /** Shows an alignment a write answered with (marking up to date, a sync) at once. */
  show(alignment: Alignment): void;
  refresh(): void;
}

/** For a language version (`originalId` set): its alignment; for an original (null): nothing, and no request. */
export function useAlignment(documentId: string, originalId: string | null, versionNews: unknown): AlignmentState {
  const [alignment, setAlignment] = useState<Alignment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const view = useRef<LiveView<Alignment> | null>(null);

  useEffect(() => {
    if (originalId === null) return;
    const live = new LiveView<Alignment>({
      url: consensusLiveUrl(originalId),
      open: (url) => new EventSource(url, { withCredentials: true }),
      // Every event of the original's channel (a paragraph, or "the text changed") fetches again.
      load: (signal) => getAlignment(documentId, signal),
      onValue: (value) => {
        setAlignment(value);
        setProblem(null);
      },
      onStatus: (_status, why) => setProblem(why),
    });
    view.current = live;
    live.start();
    return () => {
      live.dispose();
      view.current = null;
    };
  }, [documentId, originalId]);

  // The version's own text changed: what it translated may have too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `versionNews` is the trigger.
  useEffect(() => {
    view.current?.refresh();
  }, [versionNews]);

  const show = useCallback((value: Alignment) => setAlignment(value), []);
  const refresh = useCallback(() => view.current?.refresh(), []);
  return { alignment, problem, show, refresh };
}
