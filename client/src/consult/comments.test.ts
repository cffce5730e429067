import { translatorFor } from '@accord/i18n/all';
import type { PublicComment } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { applyReaction, authorLabel, groupComments } from './comments.js';

const comment = (id: string, anchor: PublicComment['anchor']): PublicComment => ({
  id,
  roundId: 'r1',
  anchor,
  text: `text ${id}`,
  author: { stakeholderGroup: 'civil-society' },
  createdAt: '2026-12-01T09:00:00Z',
});

describe('groupComments', () => {
  it('puts paragraph and passage comments under their paragraph, general ones apart, in the order given', () => {
    const grouped = groupComments([
      comment('c1', { kind: 'block', blockId: 'b2' }),
      comment('c2', { kind: 'general' }),
      comment('c3', { kind: 'passage', blockId: 'b1', start: 0, end: 3, quote: 'The' }),
      comment('c4', { kind: 'passage', blockId: 'b2', start: 0, end: 6, quote: 'Access' }),
      comment('c5', { kind: 'general' }),
    ]);
    expect(grouped.general.map((c) => c.id)).toEqual(['c2', 'c5']);
    expect(grouped.byBlock.get('b1')?.map((c) => c.id)).toEqual(['c3']);
    expect(grouped.byBlock.get('b2')?.map((c) => c.id)).toEqual(['c1', 'c4']);
    expect(grouped.byBlock.has('b3')).toBe(false);
  });
});

describe('authorLabel', () => {
  const en = translatorFor('en');

  it('shows name, group and country when the participant chose so', () => {
    expect(authorLabel({ name: 'Amina Diallo', stakeholderGroup: 'civil-society', country: 'KE' }, en, 'en')).toBe(
      'Amina Diallo · Civil society · Kenya',
    );
  });

  it('shows only the group for a group-only participant', () => {
    expect(authorLabel({ stakeholderGroup: 'technical-community' }, en, 'en')).toBe('Technical community');
  });

  it('shows an unknown group id as it is', () => {
    expect(authorLabel({ stakeholderGroup: 'youth' }, en, 'en')).toBe('youth');
    expect(authorLabel({ stakeholderGroup: 'constructor' }, en, 'en')).toBe('constructor');
  });

  it('names the group and the country in the page’s language, the name as written', () => {
    expect(
      authorLabel(
        { name: 'Amina Diallo', stakeholderGroup: 'civil-society', country: 'KE' },
        translatorFor('fr'),
        'fr',
      ),
    ).toBe('Amina Diallo · Société civile · Kenya');
    expect(authorLabel({ stakeholderGroup: 'government', country: 'DE' }, translatorFor('es'), 'es')).toBe(
      'Gobierno · Alemania',
    );
  });
});

describe('applyReaction', () => {
  it('adds a first reaction', () => {
    expect(applyReaction(undefined, undefined, 'agree')).toEqual({ agree: 1, disagree: 0 });
  });

  it('moves a changed reaction from one count to the other', () => {
    expect(applyReaction({ agree: 3, disagree: 1 }, 'agree', 'disagree')).toEqual({ agree: 2, disagree: 2 });
  });

  it('takes a withdrawn reaction off its count', () => {
    expect(applyReaction({ agree: 3, disagree: 1 }, 'disagree', null)).toEqual({ agree: 3, disagree: 0 });
  });

  it('counts the same reaction once', () => {
    expect(applyReaction({ agree: 3, disagree: 1 }, 'agree', 'agree')).toEqual({ agree: 3, disagree: 1 });
  });
});
