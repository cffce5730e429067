import { describe, expect, it } from 'vitest';
import type { PublishedParagraph } from './api.js';
import { notesOf } from './notes.js';

const p = (text: string, ...organisations: string[]): PublishedParagraph => ({
  blockId: null,
  label: null,
  text,
  heading: false,
  sources: organisations.map((organisation, i) => ({
    contributionId: `c-${organisation}`,
    organisation,
    paragraph: i,
  })),
});

describe('the published notes', () => {
  it('numbers the paragraphs that cite, in order, naming each organisation once', () => {
    const notes = notesOf([p('a', 'Brazil IGF', 'EuroDIG', 'Brazil IGF'), p('b'), p('c', 'Youth IGF')]);
    expect(notes.map((n) => [n.n, n.paragraph, n.organisations.map((o) => o.organisation)])).toEqual([
      [1, 0, ['Brazil IGF', 'EuroDIG']],
      [2, 2, ['Youth IGF']],
    ]);
  });

  it("keeps the server's note numbers", () => {
    const cited = { ...p('a', 'EuroDIG'), note: 7 };
    expect(notesOf([cited]).map((n) => n.n)).toEqual([7]);
  });

  it('has no notes without sources', () => {
    expect(notesOf([p('a'), p('b')])).toEqual([]);
  });
});
