import { describe, expect, it } from 'vitest';
import { layoutAround } from './margin.js';

const entries = (map: Map<string, number>) => Object.fromEntries(map);

describe('layoutAround', () => {
  it('puts cards beside their paragraphs when nothing is in the way', () => {
    const items = [
      { id: 'a', top: 0, height: 50 },
      { id: 'b', top: 100, height: 50 },
    ];
    expect(entries(layoutAround(items, [], null))).toEqual({ a: 0, b: 100 });
  });

  it('moves a card below a comment card it would cover, and the next one below both', () => {
    const items = [
      { id: 'a', top: 100, height: 50 },
      { id: 'b', top: 120, height: 50 },
    ];
    expect(entries(layoutAround(items, [{ top: 90, bottom: 200 }], null, 10))).toEqual({ a: 210, b: 270 });
  });

  it('fits a card into a gap between comment cards when it is tall enough', () => {
    const obstacles = [
      { top: 0, bottom: 80 },
      { top: 200, bottom: 300 },
    ];
    expect(entries(layoutAround([{ id: 'a', top: 50, height: 60 }], obstacles, null, 10))).toEqual({ a: 90 });
    expect(entries(layoutAround([{ id: 'a', top: 50, height: 120 }], obstacles, null, 10))).toEqual({ a: 310 });
  });

  it('places the active card first, and the others around it', () => {
    const items = [
      { id: 'a', top: 100, height: 50 },
      { id: 'b', top: 110, height: 50 },
    ];
    expect(entries(layoutAround(items, [], 'b', 10))).toEqual({ b: 110, a: 170 });
  });
});
