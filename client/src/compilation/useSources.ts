/**
 * The compilation's sources by block id, for the margin: fetched once, again whenever `news`
 * changes identity (the consensus view, which the live channel refetches when the text
 * changed — a merge moves sources on the server) and when `refresh` is called (after an
 * insert). Divergences come along, so the margin can say a paragraph has some.
 */
import type { BlockSource, Divergence } from '@accord/schema';
import { useCallback, useEffect, useState } from 'react';
import { getSources, listDivergences } from './api.js';

export interface SourcesView {
  blocks: ReadonlyMap<string, readonly BlockSource[]>;
  divergences: readonly Divergence[];
  refresh(): void;
}

const EMPTY = new Map<string, readonly BlockSource[]>();

export function useSources(documentId: string, news: unknown): SourcesView {
  const [blocks, setBlocks] = useState<ReadonlyMap<string, readonly BlockSource[]>>(EMPTY);
  const [divergences, setDivergences] = useState<readonly Divergence[]>([]);
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `news` and `asked` are the triggers to fetch again.
  useEffect(() => {
    const controller = new AbortController();
    getSources(documentId, controller.signal).then(
      (map) => {
        const next = new Map(Object.entries(map.blocks).filter(([, list]) => list.length > 0));
        setBlocks((old) => (JSON.stringify([...old]) === JSON.stringify([...next]) ? old : next));
      },
      () => {}, // Not a compilation, offline or refused: the margin keeps what it showed.
    );
    listDivergences(documentId, controller.signal).then(
      (list) => setDivergences(list.divergences),
      () => {},
    );
    return () => controller.abort();
  }, [documentId, news, asked]);
  return { blocks, divergences, refresh };
}
