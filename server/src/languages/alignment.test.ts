import { describe, expect, it } from 'vitest';
import { align, progress, statusOf } from './alignment.js';

describe('where a paragraph of a language version stands', () => {
  it('is missing without a block, untranslated when empty or never translated, else by the original’s text', () => {
    expect(statusOf('One.', null, { originalText: 'One.' })).toBe('missing');
    expect(statusOf('One.', '  ', { originalText: 'One.' })).toBe('untranslated');
    expect(statusOf('One.', 'One.', undefined)).toBe('untranslated');
    expect(statusOf('One.', 'Un.', { originalText: 'One.' })).toBe('translated');
    expect(statusOf('One, changed.', 'Un.', { originalText: 'One.' })).toBe('original-changed');
  });

  it('aligns the original’s paragraphs in order and counts the numbered ones up to date', () => {
    const ana = { id: 'pAna', name: 'Ana', stakeholderGroup: 'civil-society' };
    const aligned = align(
      [
        { blockId: 'h', type: 'heading', number: null, text: 'Access' },
        { blockId: 'a', type: 'paragraph', number: 1, label: '1', text: 'One.' },
        { blockId: 'b', type: 'paragraph', number: 2, label: '1bis', text: 'Two, changed.' },
        { blockId: 'c', type: 'paragraph', number: 3, label: '2', text: 'Three.' },
      ],
      new Map([
        ['h', { type: 'heading', text: 'Accès' }],
        ['a', { type: 'paragraph', text: 'Un.' }],
        ['b', { type: 'paragraph', text: 'Deux.' }],
        ['x', { type: 'paragraph', text: 'Un paragraphe que l’original n’a pas.' }],
      ]),
      new Map([
        ['h', { blockId: 'h', originalText: 'Access', translatedAt: '2026-12-01T10:00:00.000Z', translatedBy: 'pAna' }],
        ['a', { blockId: 'a', originalText: 'One.', translatedAt: '2026-12-01T10:00:00.000Z', translatedBy: 'pAna' }],
        ['b', { blockId: 'b', originalText: 'Two.', translatedAt: '2026-12-01T10:00:00.000Z', translatedBy: 'pGone' }],
      ]),
      new Map([['pAna', ana]]),
    );
    expect(aligned.map((p) => [p.blockId, p.label, p.status])).toEqual([
      ['h', undefined, 'translated'],
      ['a', '1', 'translated'],
      ['b', '1bis', 'original-changed'],
      ['c', '2', 'missing'],
    ]);
    expect(aligned[1]).toMatchObject({ translatedBy: ana, originalWhenTranslated: 'One.', translation: 'Un.' });
    expect(aligned[2]!.translatedBy).toBeNull();
    // The heading is up to date but not numbered: one of three numbered paragraphs is translated.
    expect(progress(aligned)).toEqual({ translated: 1, total: 3 });
  });
});
