import type { AlignedParagraph, Alignment } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { canMarkUpToDate, changeSinceTranslated, labelOf, progressOf, sharedLabels } from './alignment.js';

const paragraph = (over: Partial<AlignedParagraph> & Pick<AlignedParagraph, 'blockId'>): AlignedParagraph => ({
  number: 1,
  original: 'The group met twice.',
  translation: 'Le groupe s’est réuni deux fois.',
  status: 'translated',
  translatedAt: '2026-12-01T10:00:00.000Z',
  translatedBy: null,
  originalWhenTranslated: 'The group met twice.',
  ...over,
});

const alignment = (paragraphs: AlignedParagraph[]): Alignment => ({
  documentId: 'doc-fr',
  originalId: 'doc-en',
  language: 'fr',
  originalLanguage: 'en',
  paragraphs,
});

describe('a language version against its original', () => {
  it('numbers its paragraphs as the original does, frozen labels included; headings get none', () => {
    const labels = sharedLabels(
      alignment([
        paragraph({ blockId: 'h', number: null }),
        paragraph({ blockId: 'a', number: 1 }),
        paragraph({ blockId: 'b', number: 2, label: '1bis', status: 'untranslated', translation: '' }),
        paragraph({ blockId: 'c', number: 3, label: '2' }),
      ]),
    );
    expect(labels && [...labels]).toEqual([
      ['a', '1'],
      ['b', '1bis'],
      ['c', '2'],
    ]);
    expect(sharedLabels(null)).toBeNull();
    expect(labelOf({ number: null })).toBeNull();
    expect(labelOf({ number: 4, label: '4bis' })).toBe('4bis');
  });

  it('shows what changed in the original since translated, word by word, only when it did', () => {
    const changed = paragraph({
      blockId: 'a',
      status: 'original-changed',
      originalWhenTranslated: 'The group met twice in Geneva.',
      original: 'The group met three times in Geneva.',
    });
    const diff = changeSinceTranslated(changed);
    expect(diff?.fromText).toBe('The group met twice in Geneva.');
    expect(diff?.toText).toBe('The group met three times in Geneva.');
    expect(diff?.words?.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: 'twice' },
      { op: 'insert', text: 'three times' },
    ]);
    expect(changeSinceTranslated(paragraph({ blockId: 'b' }))).toBeNull();
    expect(
      changeSinceTranslated(paragraph({ blockId: 'c', status: 'original-changed', originalWhenTranslated: null })),
    ).toBeNull();
  });

  it('counts numbered paragraphs up to date of all, and each status', () => {
    const progress = progressOf(
      alignment([
        paragraph({ blockId: 'h', number: null }),
        paragraph({ blockId: 'a', number: 1 }),
        paragraph({ blockId: 'b', number: 2, status: 'original-changed' }),
        paragraph({ blockId: 'c', number: 3, status: 'untranslated', translation: '' }),
        paragraph({ blockId: 'd', number: 4, status: 'missing', translation: null }),
      ]),
    );
    expect(progress.translated).toBe(1);
    expect(progress.total).toBe(4);
    expect(progress.counts).toEqual({ translated: 2, 'original-changed': 1, untranslated: 1, missing: 1 });
  });

  it('offers "mark as up to date" where the original changed since translated, nowhere else', () => {
    expect(canMarkUpToDate(paragraph({ blockId: 'a', status: 'original-changed' }))).toBe(true);
    expect(canMarkUpToDate(paragraph({ blockId: 'b', status: 'untranslated', translation: 'UNESCO' }))).toBe(false);
    expect(canMarkUpToDate(paragraph({ blockId: 'c', status: 'untranslated', translation: '' }))).toBe(false);
    expect(canMarkUpToDate(paragraph({ blockId: 'd', status: 'missing', translation: null }))).toBe(false);
    expect(canMarkUpToDate(paragraph({ blockId: 'e', status: 'translated' }))).toBe(false);
  });
});
