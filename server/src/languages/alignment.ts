/**
 * A language version against its original, paragraph by paragraph (block ids are shared): the
 * original's paragraphs in order with their numbers, the version's text for each, and where it
 * stands — pure, from what the service reads.
 */
import type { AlignedParagraph, AlignmentStatus, PersonShown } from '@accord/schema';
import type { Translated } from './store.js';
import type { BlockText, OriginalParagraph } from './texts.js';

/**
 * - `missing`: the version has no block with the paragraph's id (added to the original since);
 * - `untranslated`: no text, or never translated (still the original's text as copied);
 * - `translated`: translated when the original said what it says now;
 * - `original-changed`: the original's text changed since.
 */
export function statusOf(
  original: string,
  translation: string | null,
  translated: Pick<Translated, 'originalText'> | undefined,
): AlignmentStatus {
  if (translation === null) return 'missing';
  if (translation.trim() === '' || !translated) return 'untranslated';
  return translated.originalText === original ? 'translated' : 'original-changed';
}

/** The aligned paragraphs, in the original's order. */
export function align(
  original: readonly OriginalParagraph[],
  version: ReadonlyMap<string, BlockText>,
  translations: ReadonlyMap<string, Translated>,
  people: ReadonlyMap<string, PersonShown>,
): AlignedParagraph[] {
  return original.map((p) => {
    const translation = version.get(p.blockId)?.text ?? null;
    const record = translation === null ? undefined : translations.get(p.blockId);
    return {
      blockId: p.blockId,
      number: p.number,
      ...(p.label === undefined ? {} : { label: p.label }),
      original: p.text,
      translation,
      status: statusOf(p.text, translation, record),
      translatedAt: record?.translatedAt ?? null,
      translatedBy: (record && people.get(record.translatedBy)) ?? null,
      originalWhenTranslated: record?.originalText ?? null,
    };
  });
}

/** How many numbered paragraphs are translated and up to date, of all numbered ones. */
export function progress(paragraphs: readonly AlignedParagraph[]): { translated: number; total: number } {
  const numbered = paragraphs.filter((p) => p.number !== null);
  return { translated: numbered.filter((p) => p.status === 'translated').length, total: numbered.length };
}
