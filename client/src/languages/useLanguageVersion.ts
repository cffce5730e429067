/**
 * What a document page needs for language versions, in one hook so the page only places the
 * parts: for a version, its alignment kept current, the original's numbers for its margin,
 * whether the original shows beside the text (remembered in this browser), and "Mark as up to
 * date". For an original, nothing is fetched and everything is empty.
 */
import type { DocumentRecord } from '@accord/schema';
import { useCallback, useMemo, useState } from 'react';
import { announcer } from '../a11y/announcer.js';
import { describeError } from '../errors.js';
import { useT } from '../i18n/useT.js';
import { labelOf, sharedLabels } from './alignment.js';
import { markUpToDate } from './api.js';
import { type AlignmentState, useAlignment } from './useAlignment.js';

const SHOWN_KEY = 'accord.languages.originalShown';

function rememberedShown(): boolean {
  try {
    return localStorage.getItem(SHOWN_KEY) !== 'no';
  } catch {
    return true;
  }
}

export interface LanguageVersionView extends AlignmentState {
  /** The page is a language version (its record said so). */
  isVersion: boolean;
  /** The original's paragraph labels by block id, for the version's margin; null for an original. */
  labels: ReadonlyMap<string, string> | null;
  /** The original shows beside the text. */
  shown: boolean;
  toggle(): void;
  /** The block being marked up to date now. */
  marking: string | null;
  mark(blockId: string): void;
  /** Why the last "Mark as up to date" failed. */
  markProblem: string | null;
}

export function useLanguageVersion(
  documentId: string,
  document: DocumentRecord | null,
  /** Changes identity when the version's text changed (the page's consensus view). */
  news: unknown,
): LanguageVersionView {
  const t = useT();
  const originalId = document?.originalId ?? null;
  const state = useAlignment(documentId, originalId, news);
  const labels = useMemo(() => sharedLabels(state.alignment), [state.alignment]);
  const [shown, setShown] = useState(rememberedShown);
  const [marking, setMarking] = useState<string | null>(null);
  const [markProblem, setMarkProblem] = useState<string | null>(null);

  const toggle = useCallback(() => {
    setShown((was) => {
      try {
        localStorage.setItem(SHOWN_KEY, was ? 'no' : 'yes');
      } catch {
        // Not remembered (storage refused): shown or not for this page only.
      }
      return !was;
    });
  }, []);

  const { show } = state;
  const mark = useCallback(
    (blockId: string) => {
      setMarking(blockId);
      setMarkProblem(null);
      markUpToDate(documentId, blockId)
        .then(
          (next) => {
            show(next);
            const p = next.paragraphs.find((x) => x.blockId === blockId);
            const label = p ? labelOf(p) : null;
            const paragraph =
              label === null ? t('languages.original.unnumbered') : t('common.paragraph', { number: label });
            announcer.say(t('languages.marked', { paragraph }));
          },
          (error: unknown) => setMarkProblem(describeError(error)),
        )
        .finally(() => setMarking(null));
    },
    [documentId, show, t],
  );

  return {
    ...state,
    isVersion: originalId !== null,
    labels,
    shown,
    toggle,
    marking,
    mark,
    markProblem,
  };
}
