/**
 * Everything the public page knows about a round: the page answer, the published comments,
 * who this browser is registered as, and the reaction counts as they change. The page is
 * reloaded when the round opens or closes by the server's clock while someone reads it.
 */
import type { Locale, PublicComment, PublicParticipant, PublicRoundOutcome, PublicRoundPage } from '@accord/schema';
import { useCallback, useEffect, useState } from 'react';
import { RequestError } from '../api.js';
import { getOutcome, getParticipant, getPublishedComments, getRoundPage, postReaction } from './api.js';
import { applyReaction, type Reaction, type ReactionCounts } from './comments.js';
import { msUntil } from './state.js';

export interface LoadedRound {
  page: PublicRoundPage;
  comments: PublicComment[];
  /** Null when this browser is not registered for the round. */
  participant: PublicParticipant | null;
  counts: Record<string, ReactionCounts>;
  /** Null until the revised version is published. */
  outcome: PublicRoundOutcome | null;
}

export type RoundState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'done'; round: LoadedRound };

// setTimeout's longest delay; a round further ahead is reloaded by the next visit anyway.
const MAX_DELAY = 2_147_483_647;

async function load(roundId: string, signal: AbortSignal, language?: Locale): Promise<LoadedRound> {
  const [page, list, participant] = await Promise.all([
    // A language the round no longer offers (a stale link or choice): its own text instead.
    getRoundPage(roundId, signal, language).catch((error: unknown) => {
      if (language && error instanceof RequestError && error.status === 404) return getRoundPage(roundId, signal);
      throw error;
    }),
    getPublishedComments(roundId, signal),
    getParticipant(roundId, signal).catch((error: unknown) => {
      // 401: not registered here; that is the ordinary case for a first visit.
      if (error instanceof RequestError && error.status === 401) return null;
      throw error;
    }),
  ]);
  // Asked after the page, since only the page says whether there is an outcome yet.
  const outcome = page.revision ? await getOutcome(roundId, signal) : null;
  return { page, comments: list.comments, participant, counts: { ...page.reactions }, outcome };
}

/** `language`: the text in one of the languages the round offers (issue 15); its own when undefined. */
export function useRound(roundId: string, language?: Locale) {
  const [state, setState] = useState<RoundState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    load(roundId, controller.signal, language).then(
      (round) => !controller.signal.aborted && setState({ status: 'done', round }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [roundId, generation, language]);

  const page = state.status === 'done' ? state.round.page : null;
  useEffect(() => {
    if (!page) return;
    const next =
      page.round.state === 'scheduled' ? page.round.opensAt : page.round.state === 'open' ? page.round.closesAt : null;
    const wait = next ? msUntil(next, page.serverTime) : null;
    if (wait === null || wait > MAX_DELAY) return;
    // A second late, so the server's clock has certainly passed the moment.
    const timer = setTimeout(reload, wait + 1000);
    return () => clearTimeout(timer);
  }, [page, reload]);

  const update = useCallback((change: (round: LoadedRound) => LoadedRound) => {
    setState((s) => (s.status === 'done' ? { status: 'done', round: change(s.round) } : s));
  }, []);

  const setParticipant = useCallback(
    (participant: PublicParticipant) => update((r) => ({ ...r, participant })),
    [update],
  );

  /** Refetches the published comments, after posting one that was published at once. */
  const refreshComments = useCallback(async () => {
    const list = await getPublishedComments(roundId);
    update((r) => ({ ...r, comments: list.comments }));
  }, [roundId, update]);

  /** Sends a reaction; the counts change once the server has taken it. Rejects with the refusal. */
  const react = useCallback(
    async (blockId: string, reaction: Reaction | null) => {
      await postReaction(roundId, { blockId, reaction });
      update((r) => {
        if (!r.participant) return r;
        const previous = r.participant.reactions[blockId];
        const { [blockId]: _, ...others } = r.participant.reactions;
        return {
          ...r,
          participant: { ...r.participant, reactions: reaction ? { ...others, [blockId]: reaction } : others },
          // An unconfirmed participant's reaction is kept for them but not counted until they confirm.
          counts: r.participant.confirmed
            ? { ...r.counts, [blockId]: applyReaction(r.counts[blockId], previous, reaction) }
            : r.counts,
        };
      });
    },
    [roundId, update],
  );

  return { state, reload, setParticipant, refreshComments, react };
}
